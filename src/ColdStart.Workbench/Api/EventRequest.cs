namespace ColdStart.Workbench.Api;

/// <summary>One event: <c>click</c> (stored as a view), <c>view</c>, <c>cart</c> or <c>purchase</c> of <see cref="ItemId"/>, or a <c>search</c> for <see cref="Query"/>.</summary>
public sealed class EventRequest
{
    public string? Type { get; init; }

    /// <summary>The item's id, required for every type but <c>search</c>.</summary>
    public string? ItemId { get; init; }

    /// <summary>The search text of a <c>search</c> (at most 200 characters).</summary>
    public string? Query { get; init; }

    /// <summary>Unix time in seconds (UTC); default now; not before 1970 nor more than a day ahead.</summary>
    public long? Timestamp { get; init; }
}
