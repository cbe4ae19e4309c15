namespace ColdStart.Engine.Scoring;

/// <summary>
/// Weights of the six score components. Each must be finite and ≥ 0; see <see cref="Validate"/>. Item-to-item (the
/// neighbour model folded over the visitor's seed items) and lexical (TF-IDF match of item text to the seeds' text and
/// the visitor's words) came later and default to 0, so older strategies keep their meaning.
/// </summary>
public sealed record BlendWeights(float Collaborative, float Semantic, float Popularity, float Freshness, float ItemToItem = 0, float Lexical = 0)
{
    /// <summary>The "Balanced" preset.</summary>
    public static BlendWeights Balanced { get; } = new(0.45f, 0.35f, 0.15f, 0.05f);

    /// <summary>The weights in the order of <see cref="Names"/>.</summary>
    public float[] ToArray() => [Collaborative, Semantic, Popularity, Freshness, ItemToItem, Lexical];

    /// <summary>Component names in the order of <see cref="ToArray"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [ScorePart.Collaborative, ScorePart.Semantic, ScorePart.Popularity, ScorePart.Freshness, ScorePart.ItemToItem, ScorePart.Lexical];

    /// <summary>Weights from an array in the order of <see cref="Names"/>.</summary>
    public static BlendWeights FromArray(ReadOnlySpan<float> w) => new(w[0], w[1], w[2], w[3], w[4], w[5]);

    /// <summary>The same weights scaled to sum to 1 (unchanged when they sum to 0).</summary>
    public BlendWeights Normalised()
    {
        var w = ToArray();
        float sum = w.Sum();
        if (!(sum > 0)) return this;
        for (int i = 0; i < w.Length; i++) w[i] /= sum;
        return FromArray(w);
    }

    /// <summary>True when every weight is 0.</summary>
    public bool IsZero => ToArray().All(v => v == 0);

    /// <summary>Problems with these weights, one message per bad field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(nameof(Collaborative), Collaborative);
        Check(nameof(Semantic), Semantic);
        Check(nameof(Popularity), Popularity);
        Check(nameof(Freshness), Freshness);
        Check(nameof(ItemToItem), ItemToItem);
        Check(nameof(Lexical), Lexical);
        return errors;

        void Check(string name, float value)
        {
            if (!float.IsFinite(value)) errors.Add($"{name} weight must be a finite number (got {value}).");
            else if (value < 0) errors.Add($"{name} weight must not be negative (got {value}).");
        }
    }
}
