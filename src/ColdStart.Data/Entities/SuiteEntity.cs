namespace ColdStart.Data.Entities;

/// <summary>A persona test suite of a workspace: a name, the strategy it ranks with, and its expectations as JSON.</summary>
public sealed class SuiteEntity : IVersioned
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>Unique within the workspace.</summary>
    public required string Name { get; set; }

    /// <summary>Name of the strategy the personas are ranked with.</summary>
    public required string StrategyName { get; set; }

    /// <summary>The engine's expectations as a JSON array of polymorphic records (discriminator "kind").</summary>
    public string ExpectationsJson { get; set; } = "[]";

    /// <inheritdoc/>
    public int Version { get; set; }

    /// <inheritdoc/>
    public DateTime UpdatedAt { get; set; }
}
