namespace ColdStart.Workbench.Options;

/// <summary>Where trained models live and how they run, bound from the "Models" section of appsettings.json.</summary>
public sealed class ModelOptions
{
    public const string SectionName = "Models";

    /// <summary>Folder of model files, relative to the repository root. Default "models".</summary>
    public string Directory { get; set; } = "models";

    /// <summary>
    /// Which text encoder serves: "project" (the project's own, from <see cref="EncoderModel"/> / <see cref="EncoderVocab"/>),
    /// "minilm" or "arctic-xs" (pretrained, extracted by the build to models/pretrained/), "minilm+adapter" or
    /// "arctic-xs+adapter" (pretrained plus an adapter trained on the workspace on first use), or the path of a drop-in ONNX
    /// sentence encoder with its vocab.txt beside it. Default "project".
    /// </summary>
    public string Encoder { get; set; } = "project";

    /// <summary>ONNX text encoder used when <see cref="Encoder"/> is "project". Default "models/encoder.onnx".</summary>
    public string EncoderModel { get; set; } = "models/encoder.onnx";

    /// <summary>WordPiece vocabulary of the encoder. Default "models/encoder.vocab.txt".</summary>
    public string EncoderVocab { get; set; } = "models/encoder.vocab.txt";

    /// <summary>"auto" (CUDA when available, else CPU), "cpu" or "cuda". Default "auto".</summary>
    public string ExecutionProvider { get; set; } = "auto";

    /// <summary>
    /// How many workspaces' models stay in memory at once (each user works on their own workspace; one model of the
    /// default world takes about 230 MiB). Beyond it, the least recently used workspace that nobody has open is
    /// unloaded. Default 3; 1 to 100.
    /// </summary>
    public int MaxLoadedWorkspaces { get; set; } = 3;

    /// <summary>Accepted values of <see cref="ExecutionProvider"/>.</summary>
    public static IReadOnlyList<string> ExecutionProviders { get; } = ["auto", "cpu", "cuda"];
}
