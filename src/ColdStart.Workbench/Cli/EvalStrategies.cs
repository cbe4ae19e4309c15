using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The value of <c>eval --strategies</c>: presets by name, <c>Auto</c> (tuned inside each fold), and custom blends
/// written <c>Name=c/s/p/f[/i/l][/λ]</c>: weights collaborative, semantic, popularity, freshness, optionally
/// item-to-item and lexical, and an optional MMR λ, with an exclude-seen rule. Numbers use the invariant culture.
/// </summary>
/// <param name="Strategies">The named and custom strategies, in the order given, without repeats.</param>
/// <param name="Auto">Whether <c>Auto</c> was named.</param>
public sealed record EvalStrategies(IReadOnlyList<Strategy> Strategies, bool Auto)
{
    private const string Syntax = "Name=collaborative/semantic/popularity/freshness[/item-to-item/lexical][/diversity]";

    /// <summary>Strategies known by name: the presets (and Auto, tuned inside each fold).</summary>
    public static IReadOnlyList<Strategy> KnownStrategies { get; } = Strategy.Presets;

    /// <summary>The default: Balanced.</summary>
    public static EvalStrategies Default { get; } = Parse("Balanced").Value;

    /// <summary>Parses a comma-separated list; the error names every spec that is wrong, or is null.</summary>
    public static (EvalStrategies Value, string? Error) Parse(string text)
    {
        var strategies = new List<Strategy>();
        var problems = new List<string>();
        bool auto = false;
        foreach (var spec in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(spec, Strategy.AutoName, StringComparison.OrdinalIgnoreCase))
            {
                auto = true;
                continue;
            }
            var strategy = spec.Contains('=', StringComparison.Ordinal)
                ? Custom(spec, problems)
                : KnownStrategies.FirstOrDefault(s => string.Equals(s.Name, spec, StringComparison.OrdinalIgnoreCase));
            if (strategy is null && !spec.Contains('=', StringComparison.Ordinal))
                problems.Add($"Unknown strategy '{spec}'; known: Auto, {string.Join(", ", KnownStrategies.Select(s => s.Name))} (or {Syntax}).");
            else if (strategy is not null && !strategies.Contains(strategy)) strategies.Add(strategy);
        }
        return (new EvalStrategies(strategies, auto), problems.Count > 0 ? string.Join(" ", problems) : null);
    }

    private static Strategy? Custom(string spec, List<string> problems)
    {
        int equals = spec.IndexOf('=', StringComparison.Ordinal);
        string name = spec[..equals].Trim();
        var parts = spec[(equals + 1)..].Split('/', StringSplitOptions.TrimEntries);
        var numbers = new float[parts.Length];
        bool valid = name.Length > 0 && parts.Length is 4 or 5 or 6 or 7;
        for (int i = 0; valid && i < parts.Length; i++) valid = CliOption.TryReadNumber(parts[i], out numbers[i]);
        if (!valid)
        {
            problems.Add($"Strategy '{spec}' must read {Syntax}, e.g. Mine=0.4/0.2/0.4/0/0.1.");
            return null;
        }
        bool six = parts.Length >= 6;
        var weights = new BlendWeights(numbers[0], numbers[1], numbers[2], numbers[3], six ? numbers[4] : 0, six ? numbers[5] : 0);
        float lambda = parts.Length is 5 ? numbers[4] : parts.Length is 7 ? numbers[6] : 0f;
        return new Strategy(name, weights, lambda, [new ExcludeSeenRule()]);
    }
}
