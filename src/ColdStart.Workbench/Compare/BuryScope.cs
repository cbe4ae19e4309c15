namespace ColdStart.Workbench.Compare;

/// <summary>What "Bury" on a card buries: the item itself (its SKU), or everything sharing one of its tags, its brand or its department.</summary>
public enum BuryScope
{
    Item,
    Tag,
    Brand,
    Department,
}
