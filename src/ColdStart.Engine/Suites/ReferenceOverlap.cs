namespace ColdStart.Engine.Suites;

/// <summary>
/// The persona's top N must share at least <paramref name="MinOverlap"/> with a saved reference list:
/// |top N ∩ reference| / max(N, |reference|), as Compare's overlap.
/// </summary>
public sealed record ReferenceOverlap(string Persona, int TopN, IReadOnlyList<string> ReferenceItemIds, double MinOverlap) : Expectation(Persona, TopN)
{
    public const string Kind = "reference-overlap";

    public override string Sentence =>
        $"The top {TopN} for {Persona} must overlap the saved reference list ({ReferenceItemIds.Count} items) by at least {Percent(MinOverlap)}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var ids = list.Top(TopN).Select(i => i.ItemId).ToList();
        double overlap = Evaluation.Metrics.Overlap(ReferenceItemIds, ids, Math.Max(TopN, ReferenceItemIds.Count));
        int shared = ids.Intersect(ReferenceItemIds, StringComparer.Ordinal).Count();
        return new(overlap >= MinOverlap - 1e-9, $"{shared} shared items: overlap {Percent(overlap)}.");
    }

    public override IEnumerable<string> Validate()
    {
        foreach (var e in base.Validate()) yield return e;
        if (ReferenceItemIds is null || ReferenceItemIds.Count == 0) yield return "referenceItemIds: save a reference list of at least one SKU.";
        else if (ReferenceItemIds.Any(string.IsNullOrWhiteSpace)) yield return "referenceItemIds: an entry is empty.";
        foreach (var e in Share("minOverlap", MinOverlap)) yield return e;
    }
}
