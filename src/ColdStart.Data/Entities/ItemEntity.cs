namespace ColdStart.Data.Entities;

/// <summary>A catalog item. Within a workspace, ascending <see cref="Id"/> is the engine's item order.</summary>
public sealed class ItemEntity
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>External id (SKU, movie id), unique within the workspace.</summary>
    public required string ExternalId { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Department { get; set; }
    public required string ProductType { get; set; }

    /// <summary>Category path joined by " &gt; ".</summary>
    public required string CategoryPath { get; set; }
    public required string Brand { get; set; }
    public float Price { get; set; }
    public DateOnly LaunchDate { get; set; }

    /// <summary>True when the item had no interaction events when it was stored (the item cold-start case).</summary>
    public bool IsNew { get; set; }

    public List<ItemTagEntity> Tags { get; set; } = [];
}
