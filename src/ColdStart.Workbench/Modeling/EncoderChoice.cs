using ColdStart.Engine.Text;
using ColdStart.Pretrained;
using ColdStart.Workbench.Options;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// Turns <see cref="ModelOptions.Encoder"/> into encoder files and load options: the project's own encoder
/// (<c>Models:EncoderModel</c> / <c>Models:EncoderVocab</c>, which may also name a drop-in model as before), a
/// pretrained one from <c>models/pretrained/&lt;key&gt;/</c> (checked against its pinned SHA-256), or a drop-in ONNX path.
/// </summary>
public static class EncoderChoice
{
    public const string Project = "project";

    /// <summary>Ends a choice that adds a trained adapter to a pretrained encoder, e.g. <c>minilm+adapter</c>.</summary>
    public const string AdapterSuffix = "+adapter";

    /// <summary>The named choices (each pretrained encoder alone and with an adapter); any path ending in .onnx is accepted too.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [Project, .. PretrainedModels.All.Select(m => m.Key), .. PretrainedModels.All.Select(m => m.Key + AdapterSuffix)];

    /// <summary>The pretrained key under an adapter choice (<c>minilm+adapter</c> → <c>minilm</c>), else null.</summary>
    public static string? BaseOf(string? choice) =>
        choice is not null && choice.Trim().EndsWith(AdapterSuffix, StringComparison.OrdinalIgnoreCase)
            ? choice.Trim()[..^AdapterSuffix.Length]
            : null;

    /// <summary>
    /// Where a workspace's adapter for the base model at <paramref name="baseModel"/> lives: beside the base model, in
    /// <c>adapters/&lt;workspace&gt;-&lt;hash&gt;.onnx</c> (the adapter is trained on that workspace's data).
    /// </summary>
    public static string AdapterPath(string baseModel, string workspace) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(baseModel))!, "adapters", WorkspaceEncoders.SafeName(workspace) + ".onnx");

    /// <summary>Where the build extracts the pretrained encoders, relative to the repository root.</summary>
    public static string PretrainedRoot(string root) => Path.Combine(root, "models", "pretrained");

    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && (Names.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase) || value.Trim().EndsWith(".onnx", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The files (absolute), folder and base name of <paramref name="encoder"/> (a workspace's choice, one of
    /// <see cref="Names"/>), or of the configured <see cref="ModelOptions.Encoder"/> when it is null. An adapter choice
    /// gives its base model's files (see <see cref="AdapterPath"/> for the adapter).
    /// </summary>
    /// <exception cref="FileNotFoundException">A pretrained encoder's file is missing (the message names it and the package).</exception>
    /// <exception cref="InvalidDataException">A pretrained encoder's file is truncated or altered.</exception>
    public static (string Model, string Vocab, string Directory, string Name) Paths(ModelOptions options, string root, string? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var choice = (encoder ?? options.Encoder).Trim();
        choice = BaseOf(choice) ?? choice;
        string model, vocab;
        if (PretrainedModels.Find(choice) is { } pretrained)
        {
            var folder = PretrainedRoot(root);
            PretrainedFiles.Verify(pretrained, folder);
            (model, vocab) = (PretrainedFiles.PathOf(folder, pretrained, pretrained.Model), PretrainedFiles.PathOf(folder, pretrained, pretrained.Vocabulary));
        }
        else if (string.Equals(choice, Project, StringComparison.OrdinalIgnoreCase))
        {
            (model, vocab) = (Path.GetFullPath(Path.Combine(root, options.EncoderModel)), Path.GetFullPath(Path.Combine(root, options.EncoderVocab)));
        }
        else
        {
            model = Path.GetFullPath(Path.Combine(root, choice));
            vocab = Path.Combine(Path.GetDirectoryName(model)!, "vocab.txt");
            if (File.Exists(model) && !File.Exists(vocab))
                throw new FileNotFoundException($"Drop-in encoder '{model}' (Models:Encoder) needs its WordPiece vocabulary beside it as '{vocab}'.", vocab);
        }

        return (model, vocab, Path.GetDirectoryName(model)!, Path.GetFileNameWithoutExtension(model));
    }

    /// <summary>
    /// The files and load options of <paramref name="encoder"/> (one of <see cref="Names"/> or a drop-in path; null: the
    /// configured <see cref="ModelOptions.Encoder"/>): <see cref="Paths"/> then <see cref="LoadOptions"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">A pretrained encoder's file is missing (the message names it and the package).</exception>
    /// <exception cref="InvalidDataException">A pretrained encoder's file is truncated or altered.</exception>
    public static EncoderOptions OptionsFor(ModelOptions options, string root, string? encoder = null)
    {
        var (model, vocab, _, _) = Paths(options, root, encoder);
        return LoadOptions(model, vocab, options, root);
    }

    /// <summary>
    /// How to load these files: a pretrained encoder gets its pooling, query prefix and display name (ArcticXs: [CLS] and
    /// "Represent this sentence for searching relevant passages: " before queries), anything else the defaults.
    /// </summary>
    public static EncoderOptions LoadOptions(string model, string vocab, ModelOptions options, string root)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = PretrainedRoot(root);
        var pretrained = PretrainedModels.All.FirstOrDefault(m =>
            string.Equals(Path.GetFullPath(model), Path.GetFullPath(PretrainedFiles.PathOf(folder, m, m.Model)), StringComparison.Ordinal));
        var loading = new EncoderOptions(model, vocab, options.ExecutionProvider);
        return pretrained is null
            ? loading
            : loading with
            {
                Pooling = Enum.Parse<TokenPooling>(pretrained.Pooling, ignoreCase: true),
                DisplayName = pretrained.DisplayName,
                QueryPrefix = pretrained.QueryPrefix,
            };
    }
}
