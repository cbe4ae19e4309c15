namespace ColdStart.Engine.Suites;

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
