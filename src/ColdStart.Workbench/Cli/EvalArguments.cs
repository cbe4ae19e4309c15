using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Cli;

/// <summary>The parsed arguments of the <c>eval</c> verb (see <see cref="EvalCommand"/> for the options).</summary>
/// <param name="Dataset">A dataset folder (generic CSV or MovieLens), or <c>sample</c> / <c>sample-100k</c>; null with <paramref name="Workspace"/>.</param>
/// <param name="Workspace">A workspace of the configured store, or null with <paramref name="Dataset"/>.</param>
/// <param name="Strategies">Strategies to evaluate beside the baselines.</param>
/// <param name="KValues">Interactions revealed per new test user.</param>
/// <param name="Folds">Folds of the new-user protocol.</param>
/// <param name="Protocols">Protocols to run.</param>
/// <param name="JsonPath">Where to write the JSON report, or null.</param>
/// <param name="Seed">Seed of splits, random baseline and bootstrap.</param>
/// <param name="PopularityHalfLifeDays">Half-life of the popularity prior, or null for the training default.</param>
/// <param name="Factors">ALS factors, or null for the training default.</param>
/// <param name="Regularization">ALS ridge λ, or null for the training default.</param>
/// <param name="Auto">Also evaluate the Auto strategy, tuned inside each fold.</param>
/// <param name="FreeText">Run the free-text benchmark (<c>--protocol free-text</c>) instead of the cold-start protocols.</param>
/// <param name="EncoderModel">A drop-in ONNX sentence model to add as a free-text row (<c>--encoder</c>), or null.</param>
/// <param name="AdapterShares">Base shares of the "encoder + adapter" rows (<c>--adapter</c>; an adapter trained per fold), or null for none.</param>
public sealed record EvalArguments(
    string? Dataset,
    string? Workspace,
    IReadOnlyList<Strategy> Strategies,
    IReadOnlyList<int> KValues,
    int Folds,
    IReadOnlyList<EvaluationProtocol> Protocols,
    string? JsonPath,
    int Seed,
    float? PopularityHalfLifeDays,
    int? Factors = null,
    float? Regularization = null,
    bool Auto = false,
    bool FreeText = false,
    string? EncoderModel = null,
    IReadOnlyList<float>? AdapterShares = null)
{
    public const string Sample = "sample";
    public const string Sample100K = "sample-100k";

    /// <summary>What is evaluated, for messages: the dataset, or "workspace NAME".</summary>
    public string Source => Workspace is null ? Dataset! : $"workspace '{Workspace}'";

    public static bool IsSample(string dataset) => dataset is Sample or Sample100K;

    /// <summary>The engine's options for these arguments (the training defaults where an option is absent).</summary>
    public EvaluationOptions ToOptions()
    {
        var defaults = new EvaluationOptions();
        var training = defaults.Training;
        if (PopularityHalfLifeDays is { } days) training = training with { PopularityHalfLifeDays = days };
        if (Factors is { } factors) training = training with { Als = training.Als with { Factors = factors } };
        if (Regularization is { } lambda) training = training with { Als = training.Als with { Regularization = lambda } };
        return defaults with
        {
            Strategies = Strategies,
            KValues = KValues,
            Folds = Folds,
            Protocols = Protocols,
            Seed = Seed,
            Training = training,
            Auto = Auto,
        };
    }
}
