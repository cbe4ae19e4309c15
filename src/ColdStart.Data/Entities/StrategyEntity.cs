namespace ColdStart.Data.Entities;

/// <summary>A stored ranking strategy (shared by all workspaces); maps to the engine's Strategy via Mapping.StrategyMapping.</summary>
public sealed class StrategyEntity : IVersioned
{
    public int Id { get; set; }

    /// <summary>Unique name, e.g. "Balanced".</summary>
    public required string Name { get; set; }
    public float CollaborativeWeight { get; set; }
    public float SemanticWeight { get; set; }
    public float PopularityWeight { get; set; }
    public float FreshnessWeight { get; set; }
    public float ItemToItemWeight { get; set; }
    public float LexicalWeight { get; set; }

    /// <summary>The Auto strategy's weight schedule (engine WeightSchedule as JSON), or null for fixed weights.</summary>
    public string? ScheduleJson { get; set; }

    /// <summary>The new-item policy (engine NewItemPolicy as JSON), or null.</summary>
    public string? NewItemsJson { get; set; }

    /// <summary>For a tuned strategy: what the tuner chose and measured (workspace, model settings, validation scores) as JSON, or null.</summary>
    public string? TuningJson { get; set; }

    /// <summary>MMR diversity λ (0 = pure relevance).</summary>
    public float DiversityLambda { get; set; }

    /// <summary>The rules as a JSON array of the engine's polymorphic Rule records (discriminator "kind").</summary>
    public string RulesJson { get; set; } = "[]";

    /// <inheritdoc/>
    public int Version { get; set; }

    /// <inheritdoc/>
    public DateTime UpdatedAt { get; set; }
}
