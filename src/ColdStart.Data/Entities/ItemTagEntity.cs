namespace ColdStart.Data.Entities;

/// <summary>One merchandising tag of an item (lower case). Key (ItemId, Tag); indexed by tag for "items with tag X".</summary>
public sealed class ItemTagEntity
{
    public int ItemId { get; set; }
    public ItemEntity? Item { get; set; }
    public required string Tag { get; set; }
}
