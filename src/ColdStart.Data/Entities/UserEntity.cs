namespace ColdStart.Data.Entities;

/// <summary>A historical shopper.</summary>
/// <remarks>
/// Attributes are one JSON object ({"age_band":"25-34", ...}) rather than a key/value table: they are always read and
/// written whole with their user, imports bring arbitrary keys, and one column keeps loading 20k+ users a single scan
/// instead of a 120k-row join. SQLite's json_extract can still filter on a key should a query ever need it.
/// </remarks>
public sealed class UserEntity
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>External id, unique within the workspace.</summary>
    public required string ExternalId { get; set; }

    /// <summary>Attribute name → value as a JSON object.</summary>
    public required string AttributesJson { get; set; }

    /// <summary>Hidden shopper archetype of a generated user. For evaluation only: no scoring code may read it.</summary>
    public int? Archetype { get; set; }
}
