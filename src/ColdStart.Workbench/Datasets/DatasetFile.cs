namespace ColdStart.Workbench.Datasets;

/// <summary>One file of a dataset format.</summary>
/// <param name="Name">The name the importer reads, e.g. "events.csv"; an upload is saved under this name.</param>
/// <param name="Required">Whether the import needs it.</param>
/// <param name="Content">What it holds, for the upload form.</param>
public sealed record DatasetFile(string Name, bool Required, string Content);
