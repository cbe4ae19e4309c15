namespace ColdStart.Data.Entities;

/// <summary>
/// How often an item was shown by the running app (Session page lists, the recommendations API): the impressions of
/// its exploration posterior, aggregated per item so a restart restores them. Deleted with the item (and so with its workspace).
/// </summary>
public sealed class ItemImpressionEntity
{
    /// <summary>The item (its row id; the workspace is the item's).</summary>
    public int ItemId { get; set; }
    public ItemEntity? Item { get; set; }

    /// <summary>Times the item was shown since it was stored.</summary>
    public long Impressions { get; set; }
}
