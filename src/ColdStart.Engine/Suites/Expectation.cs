using System.Globalization;
using System.Text.Json.Serialization;

namespace ColdStart.Engine.Suites;

/// <summary>
/// Something a persona's top <see cref="TopN"/> must show under a suite's strategy. Each kind checks a list
/// (<see cref="Check"/>) and says itself in one sentence (<see cref="Sentence"/>). Shares are fractions in [0, 1].
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ItemInTop), ItemInTop.Kind)]
[JsonDerivedType(typeof(ItemNotInTop), ItemNotInTop.Kind)]
[JsonDerivedType(typeof(NewItemShare), NewItemShare.Kind)]
[JsonDerivedType(typeof(DistinctDepartments), DistinctDepartments.Kind)]
[JsonDerivedType(typeof(BrandShare), BrandShare.Kind)]
[JsonDerivedType(typeof(ReferenceOverlap), ReferenceOverlap.Kind)]
[JsonDerivedType(typeof(DepartmentInTop), DepartmentInTop.Kind)]
[JsonDerivedType(typeof(TagInTop), TagInTop.Kind)]
public abstract record Expectation(string Persona, int TopN)
{
    /// <summary>Largest N an expectation may ask for.</summary>
    public const int MaxTopN = 200;

    /// <summary>The kinds, by their JSON discriminator, in the order the UI offers them.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        [ItemInTop.Kind, ItemNotInTop.Kind, NewItemShare.Kind, DistinctDepartments.Kind, BrandShare.Kind, ReferenceOverlap.Kind, DepartmentInTop.Kind, TagInTop.Kind];

    /// <summary>The expectation in one sentence, e.g. "SKU-1 must be in the top 10 for New parent."</summary>
    [JsonIgnore]
    public abstract string Sentence { get; }

    /// <summary>Checks the persona's list (only its first <see cref="TopN"/> items count).</summary>
    public abstract ExpectationCheck Check(PersonaList list);

    /// <summary>Problems as "field: message" (field names as in the JSON); empty when valid.</summary>
    public virtual IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Persona)) yield return "persona: name the persona this is about.";
        if (TopN < 1 || TopN > MaxTopN) yield return $"topN: must be between 1 and {MaxTopN} (got {TopN}).";
    }

    protected static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    protected static IEnumerable<string> Share(string field, double value)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1) yield return $"{field}: must be a fraction between 0 and 1 (got {value.ToString(CultureInfo.InvariantCulture)}).";
    }

    protected static IEnumerable<string> Required(string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) yield return $"{field}: {what} is required.";
    }
}

/// <summary>The item with SKU <paramref name="ItemId"/> must be in the persona's top N.</summary>
public sealed record ItemInTop(string Persona, int TopN, string ItemId) : Expectation(Persona, TopN)
{
    public const string Kind = "item-in-top";

    public override string Sentence => $"{ItemId} must be in the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hit = list.Top(TopN).FirstOrDefault(i => string.Equals(i.ItemId, ItemId, StringComparison.Ordinal));
        return hit is null ? new(false, $"{ItemId} is not in the top {TopN}.") : new(true, $"{ItemId} is at #{hit.Rank}.");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Required("itemId", ItemId, "the item's SKU"));
}

/// <summary>The item with SKU <paramref name="ItemId"/> must not be in the persona's top N.</summary>
public sealed record ItemNotInTop(string Persona, int TopN, string ItemId) : Expectation(Persona, TopN)
{
    public const string Kind = "item-not-in-top";

    public override string Sentence => $"{ItemId} must not be in the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hit = list.Top(TopN).FirstOrDefault(i => string.Equals(i.ItemId, ItemId, StringComparison.Ordinal));
        return hit is null ? new(true, $"{ItemId} is not in the top {TopN}.") : new(false, $"{ItemId} is at #{hit.Rank}.");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Required("itemId", ItemId, "the item's SKU"));
}

/// <summary>At least <paramref name="MinShare"/> of the persona's top N must be new items (no interactions yet).</summary>
public sealed record NewItemShare(string Persona, int TopN, double MinShare) : Expectation(Persona, TopN)
{
    public const string Kind = "new-item-share";

    public override string Sentence => $"At least {Percent(MinShare)} of the top {TopN} for {Persona} must be new items.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var top = list.Top(TopN);
        int fresh = top.Count(i => i.IsNew);
        double share = (double)fresh / TopN;
        return new(share >= MinShare - 1e-9, $"{fresh} of {TopN} are new ({Percent(share)}).");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Share("minShare", MinShare));
}

/// <summary>The persona's top N must span at least <paramref name="Minimum"/> departments.</summary>
public sealed record DistinctDepartments(string Persona, int TopN, int Minimum) : Expectation(Persona, TopN)
{
    public const string Kind = "distinct-departments";

    public override string Sentence => $"The top {TopN} for {Persona} must span at least {Minimum} departments.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var departments = list.Top(TopN).Select(i => i.Department).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new(departments.Count >= Minimum, $"{departments.Count} departments ({string.Join(", ", departments)}).");
    }

    public override IEnumerable<string> Validate()
    {
        foreach (var e in base.Validate()) yield return e;
        if (Minimum < 1) yield return $"minimum: must be at least 1 (got {Minimum}).";
    }
}

/// <summary>No single brand may fill more than <paramref name="MaxShare"/> of the persona's top N.</summary>
public sealed record BrandShare(string Persona, int TopN, double MaxShare) : Expectation(Persona, TopN)
{
    public const string Kind = "brand-share";

    public override string Sentence => $"No brand may fill more than {Percent(MaxShare)} of the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var top = list.Top(TopN);
        var largest = top.Where(i => !string.IsNullOrWhiteSpace(i.Brand))
            .GroupBy(i => i.Brand, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Brand: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Brand, StringComparer.Ordinal)
            .FirstOrDefault();
        if (largest.Brand is null) return new(true, "No item has a brand.");
        double share = (double)largest.Count / TopN;
        return new(share <= MaxShare + 1e-9, $"{largest.Brand} fills {largest.Count} of {TopN} ({Percent(share)}).");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Share("maxShare", MaxShare));
}

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

/// <summary>At least one item of <paramref name="Department"/> must be in the persona's top N.</summary>
public sealed record DepartmentInTop(string Persona, int TopN, string Department) : Expectation(Persona, TopN)
{
    public const string Kind = "department-in-top";

    public override string Sentence => $"The {Department} department must rank in the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hit = list.Top(TopN).FirstOrDefault(i => string.Equals(i.Department, Department, StringComparison.OrdinalIgnoreCase));
        return hit is null ? new(false, $"No {Department} item in the top {TopN}.") : new(true, $"First {Department} item: {hit.ItemId} at #{hit.Rank}.");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Required("department", Department, "the department"));
}

/// <summary>At least one item tagged <paramref name="Tag"/> must be in the persona's top N.</summary>
public sealed record TagInTop(string Persona, int TopN, string Tag) : Expectation(Persona, TopN)
{
    public const string Kind = "tag-in-top";

    public override string Sentence => $"An item tagged '{Tag}' must rank in the top {TopN} for {Persona}.";

    public override ExpectationCheck Check(PersonaList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var hit = list.Top(TopN).FirstOrDefault(i => i.Tags.Contains(Tag, StringComparer.OrdinalIgnoreCase));
        return hit is null ? new(false, $"No item tagged '{Tag}' in the top {TopN}.") : new(true, $"First item tagged '{Tag}': {hit.ItemId} at #{hit.Rank}.");
    }

    public override IEnumerable<string> Validate() => base.Validate().Concat(Required("tag", Tag, "the tag"));
}
