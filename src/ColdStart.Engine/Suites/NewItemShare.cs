namespace ColdStart.Engine.Suites;

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
