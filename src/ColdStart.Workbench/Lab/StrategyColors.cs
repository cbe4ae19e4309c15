using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// Chart colours: each baseline keeps a muted colour of its own (global popularity, the reference, the darkest); strategies
/// take vivid colours in the order they are first seen, so one strategy has one colour in every chart and in both compared runs.
/// </summary>
public sealed class StrategyColors
{
    private static readonly Dictionary<string, string> BaselineColors = new(StringComparer.OrdinalIgnoreCase)
    {
        [Baselines.Random] = "#bdbdbd",
        [Baselines.GlobalPopularity] = "#424242",
        [Baselines.SegmentPopularity] = "#8d6e63",
        [Baselines.ItemKnn] = "#78909c",
        [ColdStart.Engine.Scoring.Strategy.CollaborativeOnly.Name] = "#4db6ac",
        [ColdStart.Engine.Scoring.Strategy.SemanticOnly.Name] = "#b39ddb",
    };

    private static readonly string[] Vivid = ["#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#d81b60", "#3949ab", "#7cb342", "#f4511e"];

    private readonly Dictionary<string, string> _assigned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The colour of <paramref name="strategy"/> as "#rrggbb".</summary>
    public string Of(string strategy)
    {
        if (BaselineColors.TryGetValue(strategy, out var color)) return color;
        if (!_assigned.TryGetValue(strategy, out color))
        {
            color = Vivid[_assigned.Count % Vivid.Length];
            _assigned[strategy] = color;
        }
        return color;
    }

    /// <summary>The colour of <paramref name="strategy"/> with transparency, for a confidence band: "rgba(r,g,b,a)".</summary>
    public string Translucent(string strategy, double alpha)
    {
        var hex = Of(strategy);
        int r = Convert.ToInt32(hex[1..3], 16), g = Convert.ToInt32(hex[3..5], 16), b = Convert.ToInt32(hex[5..7], 16);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"rgba({r},{g},{b},{alpha:0.##})");
    }
}
