namespace ColdStart.Data.Stores;

/// <summary>One stored run of a suite without its lists: when, why, on which versions, and how many expectations held.</summary>
public sealed record SuiteRunSummary(
    int Id,
    int SuiteId,
    string Suite,
    DateTime RanAt,
    string Trigger,
    string TriggerDetail,
    int SuiteVersion,
    string ModelFingerprint,
    string CatalogFingerprint,
    string Strategy,
    int? StrategyVersion,
    string? StrategyFingerprint,
    int Held,
    int Failed)
{
    public bool AllHeld => Failed == 0;
}
