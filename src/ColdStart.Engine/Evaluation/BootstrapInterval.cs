namespace ColdStart.Engine.Evaluation;

/// <summary>
/// A mean with a percentile bootstrap confidence interval (Efron &amp; Tibshirani 1993, ch. 13): resample the
/// per-user values with replacement, take each resample's mean, and read the interval off the sorted means.
/// Deterministic for a seed.
/// </summary>
/// <param name="Mean">Mean of the values.</param>
/// <param name="Lower">Lower bound: the (1 − confidence)/2 quantile of the resample means.</param>
/// <param name="Upper">Upper bound: the (1 + confidence)/2 quantile of the resample means.</param>
public readonly record struct BootstrapInterval(double Mean, double Lower, double Upper)
{
    /// <summary>Width of the interval.</summary>
    public double Width => Upper - Lower;

    /// <summary>Computes the interval of <paramref name="perUserValues"/>.</summary>
    /// <remarks>Defaults: 1,000 resamples, 95% confidence, seed 1. Quantiles interpolate linearly between order statistics.</remarks>
    public static BootstrapInterval Compute(ReadOnlySpan<float> perUserValues, int resamples = 1000, double confidence = 0.95, int seed = 1)
    {
        if (perUserValues.IsEmpty) throw new ArgumentException("A bootstrap interval needs at least one value.", nameof(perUserValues));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must be in (0, 1).");

        var n = perUserValues.Length;
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            if (!float.IsFinite(perUserValues[i]))
                throw new ArgumentException($"Value {i} is {perUserValues[i]}; all values must be finite.", nameof(perUserValues));
            total += perUserValues[i];
        }

        var random = new Random(seed);
        var means = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            double sum = 0;
            for (var i = 0; i < n; i++) sum += perUserValues[random.Next(n)];
            means[b] = sum / n;
        }

        Array.Sort(means);
        var alpha = (1 - confidence) / 2;
        return new BootstrapInterval(total / n, Quantile(means, alpha), Quantile(means, 1 - alpha));
    }

    /// <summary>Quantile q of sorted values, interpolating linearly between neighbours (Hyndman &amp; Fan type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
