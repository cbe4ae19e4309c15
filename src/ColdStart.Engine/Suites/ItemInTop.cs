namespace ColdStart.Engine.Suites;

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
