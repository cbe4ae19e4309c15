namespace ColdStart.Engine.Scoring;

/// <summary>One additive part of an item's score: a component's weighted, standardised value, or a rule's adjustment.</summary>
public sealed record ScorePart(string Name, float Value)
{
    public const string Collaborative = "Collaborative";
    public const string Semantic = "Semantic";
    public const string Popularity = "Popularity";
    public const string Freshness = "Freshness";
    public const string ItemToItem = "Item-to-item";
    public const string Lexical = "Lexical";

    /// <summary>The adjustment a strategy's new-item weights make to an item without interactions (see <see cref="NewItemPolicy"/>).</summary>
    public const string NewItem = "New item";
}
