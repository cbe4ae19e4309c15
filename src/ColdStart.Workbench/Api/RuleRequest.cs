namespace ColdStart.Workbench.Api;

/// <summary>
/// One merchandising rule, by <see cref="Kind"/>: <c>tag</c> (<see cref="Tag"/>, <see cref="Strength"/>: + boosts, − buries),
/// <c>department</c> (<see cref="Departments"/>, <see cref="Exclude"/>), <c>price</c> (<see cref="Min"/>, <see cref="Max"/>),
/// <c>exclude-seen</c>, or <c>pin</c> (<see cref="ItemId"/> at 1-based <see cref="Position"/>).
/// </summary>
public sealed class RuleRequest
{
    public string? Kind { get; init; }
    public string? Tag { get; init; }
    public float? Strength { get; init; }
    public IReadOnlyList<string>? Departments { get; init; }
    public bool Exclude { get; init; }
    public float? Min { get; init; }
    public float? Max { get; init; }
    public string? ItemId { get; init; }
    public int? Position { get; init; }
}
