// Gamma deviates: Marsaglia & Tsang, "A simple method for generating gamma variables" (ACM TOMS 2000), with the
// shape < 1 boost U^(1/shape); Beta(a, b) = X / (X + Y) for X ~ Gamma(a), Y ~ Gamma(b).
namespace ColdStart.Engine.Scoring;

/// <summary>Draws from Beta distributions with a caller's seeded <see cref="Random"/> (Thompson sampling).</summary>
public static class BetaSampler
{
    /// <summary>One draw from Beta(<paramref name="alpha"/>, <paramref name="beta"/>); both must be positive.</summary>
    public static double Sample(Random random, double alpha, double beta)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(alpha > 0) || !(beta > 0)) throw new ArgumentOutOfRangeException(nameof(alpha), $"Beta parameters must be positive (got {alpha}, {beta}).");
        double x = Gamma(random, alpha), y = Gamma(random, beta);
        return x + y > 0 ? x / (x + y) : alpha / (alpha + beta);
    }

    private static double Gamma(Random random, double shape)
    {
        if (shape < 1) return Gamma(random, shape + 1) * Math.Pow(1 - random.NextDouble(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal(random);
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            double u = 1 - random.NextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }

    private static double Normal(Random random)
    {
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
