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
