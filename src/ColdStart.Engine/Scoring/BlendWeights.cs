namespace ColdStart.Engine.Scoring;

/// <summary>Weights of the four score components. Each must be finite and ≥ 0; see <see cref="Validate"/>.</summary>
public sealed record BlendWeights(float Collaborative, float Semantic, float Popularity, float Freshness)
{
    /// <summary>The "Balanced" preset.</summary>
    public static BlendWeights Balanced { get; } = new(0.45f, 0.35f, 0.15f, 0.05f);

    /// <summary>Problems with these weights, one message per bad field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(nameof(Collaborative), Collaborative);
        Check(nameof(Semantic), Semantic);
        Check(nameof(Popularity), Popularity);
        Check(nameof(Freshness), Freshness);
        return errors;

        void Check(string name, float value)
        {
            if (!float.IsFinite(value)) errors.Add($"{name} weight must be a finite number (got {value}).");
            else if (value < 0) errors.Add($"{name} weight must not be negative (got {value}).");
        }
    }
}
