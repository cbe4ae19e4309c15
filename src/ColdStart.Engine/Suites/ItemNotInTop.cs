namespace ColdStart.Engine.Suites;

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
