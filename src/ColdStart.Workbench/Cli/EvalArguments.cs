using System.Globalization;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Cli;

/// <summary>The parsed arguments of the <c>eval</c> verb.</summary>
/// <param name="Dataset">A dataset folder (generic CSV or MovieLens), or <c>sample</c> / <c>sample-100k</c>.</param>
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
public sealed record EvalArguments(
    string Dataset,
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
    string? EncoderModel = null)
{
    public const string FreeTextProtocol = "free-text";

    public const string Sample = "sample";
    public const string Sample100K = "sample-100k";

    private static readonly string[] KnownOptions =
        ["--dataset", "--strategies", "--k", "--folds", "--protocol", "--json", "--seed", "--popularity-half-life", "--factors", "--regularization", "--encoder"];

    /// <summary>Strategies known by name: the presets (and Auto, tuned inside each fold).</summary>
    public static IReadOnlyList<Strategy> KnownStrategies { get; } = Strategy.Presets;

    /// <summary>Parses <paramref name="args"/>; on failure returns null and one message per problem.</summary>
    public static EvalArguments? Parse(IReadOnlyList<string> args, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var values = ReadPairs(args, problems);
        string? dataset = values.GetValueOrDefault("--dataset");
        if (dataset is null) problems.Add("Missing --dataset: give a dataset folder (CSV or MovieLens) or 'sample'.");
        else if (!IsSample(dataset) && !Directory.Exists(dataset)) problems.Add($"Dataset folder '{dataset}' not found.");
        var strategyText = values.GetValueOrDefault("--strategies", "Balanced");
        bool auto = strategyText.Split(',', StringSplitOptions.TrimEntries).Any(s => string.Equals(s, Strategy.AutoName, StringComparison.OrdinalIgnoreCase));
        var strategies = ParseStrategies(string.Join(',', strategyText.Split(',', StringSplitOptions.TrimEntries)
            .Where(s => !string.Equals(s, Strategy.AutoName, StringComparison.OrdinalIgnoreCase))), problems);
        var ks = ParseIntegers("--k", values.GetValueOrDefault("--k", "0,1,3,5"), problems);
        int folds = ParseInteger("--folds", values.GetValueOrDefault("--folds", "5"), problems) ?? 5;
        if (values.ContainsKey("--folds") && folds < 2) problems.Add($"--folds must be at least 2 (got {folds}).");
        if (ks.Any(k => k < 0)) problems.Add("--k values must be 0 or more.");
        var protocolText = values.GetValueOrDefault("--protocol", "new-user");
        bool freeText = string.Equals(protocolText, FreeTextProtocol, StringComparison.OrdinalIgnoreCase);
        var protocols = freeText ? [] : ParseProtocols(protocolText, problems);
        var encoder = values.GetValueOrDefault("--encoder");
        if (encoder is not null && !freeText) problems.Add("--encoder is only used with --protocol free-text.");
        else if (encoder is not null && !File.Exists(encoder)) problems.Add($"Encoder model '{encoder}' not found.");
        int seed = ParseInteger("--seed", values.GetValueOrDefault("--seed", "42"), problems) ?? 42;
        float? halfLife = ParsePositive(values, "--popularity-half-life", "a positive number of days", problems);
        float? regularization = ParsePositive(values, "--regularization", "a positive number", problems);
        int? factors = values.TryGetValue("--factors", out var factorText) ? ParseInteger("--factors", factorText, problems) : null;
        if (factors < 1) problems.Add($"--factors must be at least 1 (got {factors}).");
        errors = problems;
        return problems.Count > 0 ? null
            : new EvalArguments(dataset!, strategies, ks, folds, protocols, values.GetValueOrDefault("--json"), seed, halfLife, factors, regularization, auto,
                freeText, encoder);
    }

    private static float? ParsePositive(Dictionary<string, string> values, string option, string what, List<string> problems)
    {
        if (!values.TryGetValue(option, out var text)) return null;
        if (float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && float.IsFinite(value) && value > 0) return value;
        problems.Add($"{option} must be {what} (got '{text}').");
        return null;
    }

    public static bool IsSample(string dataset) => dataset is Sample or Sample100K;

    private static Dictionary<string, string> ReadPairs(IReadOnlyList<string> args, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            string name = equals > 0 ? arg[..equals] : arg;
            if (!KnownOptions.Contains(name))
            {
                problems.Add(arg.StartsWith('-') ? $"Unknown option '{name}'." : $"Unexpected argument '{arg}'.");
                continue;
            }
            string? value = equals > 0 ? arg[(equals + 1)..] : i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"Option {name} needs a value.");
            else if (!values.TryAdd(name, value)) problems.Add($"Option {name} is given twice.");
        }
        return values;
    }

    private static List<Strategy> ParseStrategies(string text, List<string> problems)
    {
        var strategies = new List<Strategy>();
        foreach (var spec in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var strategy = spec.Contains('=', StringComparison.Ordinal)
                ? CustomStrategy(spec, problems)
                : KnownStrategies.FirstOrDefault(s => string.Equals(s.Name, spec, StringComparison.OrdinalIgnoreCase));
            if (strategy is null && !spec.Contains('=', StringComparison.Ordinal))
                problems.Add($"Unknown strategy '{spec}'; known: Auto, {string.Join(", ", KnownStrategies.Select(s => s.Name))} (or Name=collaborative/semantic/popularity/freshness[/item-to-item/lexical][/diversity]).");
            else if (strategy is not null && !strategies.Contains(strategy)) strategies.Add(strategy);
        }
        return strategies;
    }

    /// <summary>"Name=c/s/p/f[/i/l][/λ]": blend weights (collaborative, semantic, popularity, freshness, optionally item-to-item and lexical) and optional MMR λ, with an exclude-seen rule.</summary>
    private static Strategy? CustomStrategy(string spec, List<string> problems)
    {
        int equals = spec.IndexOf('=', StringComparison.Ordinal);
        string name = spec[..equals].Trim();
        var parts = spec[(equals + 1)..].Split('/', StringSplitOptions.TrimEntries);
        var numbers = new float[parts.Length];
        bool valid = name.Length > 0 && parts.Length is 4 or 5 or 6 or 7;
        for (int i = 0; valid && i < parts.Length; i++)
            valid = float.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]);
        if (!valid)
        {
            problems.Add($"Strategy '{spec}' must read Name=collaborative/semantic/popularity/freshness[/item-to-item/lexical][/diversity], e.g. Mine=0.4/0.2/0.4/0/0.1.");
            return null;
        }
        bool six = parts.Length >= 6;
        var weights = new BlendWeights(numbers[0], numbers[1], numbers[2], numbers[3], six ? numbers[4] : 0, six ? numbers[5] : 0);
        float lambda = parts.Length is 5 ? numbers[4] : parts.Length is 7 ? numbers[6] : 0f;
        return new Strategy(name, weights, lambda, [new ExcludeSeenRule()]);
    }

    private static List<int> ParseIntegers(string option, string text, List<string> problems)
    {
        var list = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) { if (!list.Contains(value)) list.Add(value); }
            else problems.Add($"{option} takes whole numbers separated by commas; '{part}' is not one.");
        }
        return list;
    }

    private static int? ParseInteger(string option, string text, List<string> problems)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        problems.Add($"{option} takes a whole number; '{text}' is not one.");
        return null;
    }

    private static List<EvaluationProtocol> ParseProtocols(string text, List<string> problems)
    {
        switch (text.ToLowerInvariant())
        {
            case "new-user": return [EvaluationProtocol.NewUser];
            case "new-item": return [EvaluationProtocol.NewItem];
            case "both": return [EvaluationProtocol.NewUser, EvaluationProtocol.NewItem];
            default:
                problems.Add($"--protocol must be new-user, new-item, both or free-text (got '{text}').");
                return [];
        }
    }
}
