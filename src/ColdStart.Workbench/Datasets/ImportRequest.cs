namespace ColdStart.Workbench.Datasets;

/// <summary>What the user asked to import.</summary>
/// <param name="Workspace">Name of the new workspace.</param>
/// <param name="Format">Dataset format of the files.</param>
/// <param name="StrongRatingThreshold">Ratings at or above it become strong positives (purchases), others weak views.</param>
public sealed record ImportRequest(string Workspace, DatasetFormat Format, float StrongRatingThreshold = 4f);
