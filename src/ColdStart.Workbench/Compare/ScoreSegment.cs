using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>One segment of a card's stacked score bar.</summary>
/// <param name="Name">Component name (<see cref="ScorePart"/> constants).</param>
/// <param name="Value">The component's (positive) part of the score.</param>
/// <param name="Percent">Width in percent of the bar: the share of the positive component parts.</param>
public sealed record ScoreSegment(string Name, float Value, double Percent)
{
    private static readonly string[] Parts = [.. BlendWeights.Names, ScorePart.NewItem];

    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        [ScorePart.Collaborative] = "#1976d2",
        [ScorePart.Semantic] = "#8e24aa",
        [ScorePart.Popularity] = "#fb8c00",
        [ScorePart.Freshness] = "#43a047",
        [ScorePart.ItemToItem] = "#00897b",
        [ScorePart.Lexical] = "#6d4c41",
        [ScorePart.NewItem] = "#d81b60",
    };

    /// <summary>The bar colour of a score part (<see cref="ScorePart"/> names, CSS hex); grey for an unknown one.</summary>
    public static string Colour(string part) => Colours.GetValueOrDefault(part, "#9e9e9e");

    /// <summary>The parts a bar can show, in bar order: the six blend components, then the new-item adjustment.</summary>
    public static IReadOnlyList<string> Components => Parts;

    /// <summary>Segments for the positive component parts of <paramref name="explanation"/>, widths proportional to value.</summary>
    public static IReadOnlyList<ScoreSegment> Of(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        double total = 0;
        foreach (var name in Parts) total += Math.Max(explanation.Component(name), 0);
        var segments = new List<ScoreSegment>(Parts.Length);
        if (total <= 0) return segments;
        foreach (var name in Parts)
        {
            float value = explanation.Component(name);
            if (value > 0) segments.Add(new ScoreSegment(name, value, 100 * value / total));
        }
        return segments;
    }
}
