namespace ColdStart.Engine.Comparison;

/// <summary>One item of a <see cref="ListChange"/>: its 1-based rank before and after (null where it is not in that list).</summary>
public sealed record ListEntry(string ItemId, string Title, int? Before, int? After)
{
    /// <summary>Before minus after: positive = moved up; 0 when it entered or left.</summary>
    public int Delta => Before is { } b && After is { } a ? b - a : 0;
}
