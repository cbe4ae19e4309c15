namespace ColdStart.Data.Entities;

/// <summary>A trained model registered for a workspace: a file under models/ or an inline blob, with its metrics.</summary>
public sealed class ModelArtefactEntity
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>One of <see cref="ModelArtefactKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>File path relative to the repository root, or null when the artefact is stored in <see cref="Blob"/>.</summary>
    public string? Path { get; set; }
    public byte[]? Blob { get; set; }

    /// <summary>Fingerprint of the data and settings the model was trained on, to tell whether it is stale.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>Evaluation metrics as a JSON object.</summary>
    public string MetricsJson { get; set; } = "{}";

    /// <summary>UTC time of registration.</summary>
    public DateTime CreatedAt { get; set; }
}
