namespace ColdStart.Data.Entities;

/// <summary>One dataset held side by side with others: the sample world, a CSV import, a MovieLens import.</summary>
public sealed class WorkspaceEntity
{
    public int Id { get; set; }

    /// <summary>Unique name, e.g. "sample" or "ml-latest-small".</summary>
    public required string Name { get; set; }

    /// <summary>Where the data came from; "sample", "csv" or "movielens" (<see cref="WorkspaceKinds"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>UTC time the workspace was created.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The text encoder chosen for this workspace ("project", "minilm", …); null uses the configured default (Models:Encoder).</summary>
    public string? Encoder { get; set; }
}
