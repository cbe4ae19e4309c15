using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Sensitivity;

/// <summary>
/// What a blend-sensitivity sweep moves, as a parameter t from 0 to 1: one blend weight set to t with the others fixed
/// (<see cref="Other"/> null), or the balance of two weights — <see cref="Component"/> gets s·(1 − t) and
/// <see cref="Other"/> gets s·t, where s is their sum in force (1 when both are 0), so their sum is kept.
/// </summary>
/// <param name="Component">Index into <see cref="BlendWeights.Names"/>.</param>
/// <param name="Other">The second component of a balance, or null for a single weight.</param>
public sealed record SweepAxis(int Component, int? Other = null)
{
    /// <summary>Sweep the weight named <paramref name="name"/> (one of <see cref="BlendWeights.Names"/>) from 0 to 1.</summary>
    public static SweepAxis Weight(string name) => new(IndexOf(name));

    /// <summary>Sweep from all-<paramref name="from"/> (t = 0) to all-<paramref name="to"/> (t = 1), keeping their sum.</summary>
    public static SweepAxis Balance(string from, string to)
    {
        int a = IndexOf(from), b = IndexOf(to);
        if (a == b) throw new ArgumentException($"A balance needs two different weights (got '{from}' twice).", nameof(to));
        return new SweepAxis(a, b);
    }

    /// <summary>"Semantic weight" or "Collaborative ↔ Semantic".</summary>
    public string Label => Other is { } other
        ? $"{BlendWeights.Names[Component]} ↔ {BlendWeights.Names[other]}"
        : $"{BlendWeights.Names[Component]} weight";

    /// <summary>The weights at <paramref name="t"/>, starting from <paramref name="inForce"/>.</summary>
    public BlendWeights At(BlendWeights inForce, double t)
    {
        Check();
        var w = inForce.ToArray();
        if (Other is { } other)
        {
            float sum = SumOf(w, other);
            w[Component] = (float)(sum * (1 - t));
            w[other] = (float)(sum * t);
        }
        else w[Component] = (float)t;
        return BlendWeights.FromArray(w);
    }

    /// <summary>Where <paramref name="inForce"/> sits on this axis (clamped to [0, 1]).</summary>
    public double Current(BlendWeights inForce)
    {
        Check();
        var w = inForce.ToArray();
        double t = Other is { } other ? (SumOf(w, other) is var s && s > 0 ? w[other] / s : 0) : w[Component];
        return Math.Clamp(t, 0, 1);
    }

    private float SumOf(float[] w, int other) => w[Component] + w[other] is var s && s > 0 ? s : 1f;

    private void Check()
    {
        int n = BlendWeights.Names.Count;
        if (Component < 0 || Component >= n || Other is < 0 || Other >= n)
            throw new ArgumentOutOfRangeException(nameof(Component), $"A sweep axis names components 0–{n - 1} of the blend.");
    }

    private static int IndexOf(string name)
    {
        for (int c = 0; c < BlendWeights.Names.Count; c++)
            if (string.Equals(BlendWeights.Names[c], name, StringComparison.OrdinalIgnoreCase)) return c;
        throw new ArgumentException($"There is no blend weight named '{name}' (expected one of {string.Join(", ", BlendWeights.Names)}).", nameof(name));
    }
}
