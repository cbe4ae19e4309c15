namespace ColdStart.Engine.Suites;

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
