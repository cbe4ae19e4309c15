namespace ColdStart.Data.Import;

/// <summary>How to import a dataset.</summary>
/// <param name="StrongRatingThreshold">A rating at or above this becomes a Purchase (strong positive); below it, a View (weak).</param>
/// <param name="Name">Workspace name of the dataset; defaults to the folder name.</param>
public sealed record ImportOptions(float StrongRatingThreshold = 4f, string? Name = null)
{
    /// <summary>Defaults: threshold 4, name from the folder.</summary>
    public static ImportOptions Default { get; } = new();
}
