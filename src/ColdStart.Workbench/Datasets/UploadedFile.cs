namespace ColdStart.Workbench.Datasets;

/// <summary>One file the user uploads for an import.</summary>
/// <param name="Slot">The format's file it is uploaded as (<see cref="DatasetFile.Name"/>, e.g. "events.csv").</param>
/// <param name="FileName">The name the user's file had.</param>
/// <param name="Size">Size in bytes as the browser reported it.</param>
/// <param name="OpenRead">Opens the content as a stream that refuses to read more than the given number of bytes.</param>
public sealed record UploadedFile(string Slot, string FileName, long Size, Func<long, CancellationToken, Stream> OpenRead);
