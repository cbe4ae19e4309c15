namespace ColdStart.Data.Entities;

/// <summary>A stored persona (synthetic new visitor) of a workspace; maps to the engine's Persona via Mapping.PersonaMapping.</summary>
public sealed class PersonaEntity : IVersioned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>Display name, unique within the workspace.</summary>
    public required string Name { get; set; }

    /// <summary>Merchandiser's free note (not read by the engine).</summary>
    public string Note { get; set; } = "";

    /// <summary>Attribute name → value as a JSON object.</summary>
    public string AttributesJson { get; set; } = "{}";
    public string Interests { get; set; } = "";
    public float? BudgetMin { get; set; }
    public float? BudgetMax { get; set; }

    /// <summary>External ids of the seed items as a JSON array.</summary>
    public string SeedItemIdsJson { get; set; } = "[]";

    /// <summary>Seed search queries as a JSON array.</summary>
    public string SeedSearchesJson { get; set; } = "[]";

    /// <inheritdoc/>
    public int Version { get; set; }

    /// <inheritdoc/>
    public DateTime UpdatedAt { get; set; }
}
