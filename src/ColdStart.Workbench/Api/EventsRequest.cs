namespace ColdStart.Workbench.Api;

/// <summary>Body of <c>POST /api/v1/events</c>: what one visitor did, stored in the active workspace's history.</summary>
public sealed class EventsRequest
{
    /// <summary>The visitor's id, a user of the workspace (created on first sight); at most 100 characters.</summary>
    public string? VisitorId { get; init; }

    /// <summary>Attributes stored with a new visitor (ignored for a known one), e.g. <c>{"device": "mobile"}</c>.</summary>
    public Dictionary<string, string>? Attributes { get; init; }

    /// <summary>1–100 events.</summary>
    public IReadOnlyList<EventRequest>? Events { get; init; }
}
