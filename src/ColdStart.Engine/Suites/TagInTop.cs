namespace ColdStart.Engine.Suites;

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
