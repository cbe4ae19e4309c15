namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Weighted alternating least squares for implicit feedback (Hu, Koren &amp; Volinsky 2008). Each iteration solves every
/// user with the item factors fixed, then every item with the user factors fixed (see <see cref="WeightedLeastSquares"/>).
/// </summary>
/// <remarks>
/// Rows are solved in parallel with per-thread scratch buffers; each row's result depends only on its own inputs, so the
/// same options and matrix give bit-identical factors whatever the thread count. Item factors start as N(0, 0.1²) draws
/// from <see cref="AlsOptions.Seed"/>; user factors are solved first, so they need no initialisation.
/// </remarks>
public static class AlsTrainer
{
    private const float InitialScale = 0.1f;

    /// <summary>Trains a model on <paramref name="matrix"/>. Progress goes from 0 to 1, once per iteration.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="InvalidOperationException">The matrix has no interactions.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static CollaborativeModel Train(InteractionMatrix matrix, AlsOptions options, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (matrix.NonZeros == 0)
        {
            throw new InvalidOperationException(
                $"Cannot train the collaborative model: the interaction matrix ({matrix.Users} users × {matrix.Items} items) has no interactions.");
        }

        int f = options.Factors;
        var items = InitialItemFactors(matrix.Items, f, options.Seed);
        var users = new float[matrix.Users * f];
        var parallel = new ParallelOptions { CancellationToken = ct };
        progress?.Report(0);
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            var itemGram = WeightedLeastSquares.Gram(items, matrix.Items, f);
            Solve(matrix.Users, matrix.ItemsOf, matrix.WeightsOf, itemGram, items, users, options, parallel);
            ct.ThrowIfCancellationRequested();
            var userGram = WeightedLeastSquares.Gram(users, matrix.Users, f);
            Solve(matrix.Items, matrix.UsersOf, matrix.UserWeightsOf, userGram, users, items, options, parallel);
            progress?.Report((iteration + 1) / (double)options.Iterations);
        }

        return new CollaborativeModel(f, items, users, options.Regularization, options.Alpha);
    }

    private delegate ReadOnlySpan<int> IndicesOf(int row);

    private delegate ReadOnlySpan<float> WeightsOf(int row);

    /// <summary>One half-step: every row of <paramref name="target"/> from the fixed <paramref name="other"/> factors.</summary>
    private static void Solve(int rows, IndicesOf indicesOf, WeightsOf weightsOf, float[] gram, float[] other, float[] target, AlsOptions options, ParallelOptions parallel)
    {
        int f = options.Factors;
        Parallel.For(
            0,
            rows,
            parallel,
            () => new float[f * f],
            (row, _, system) =>
            {
                WeightedLeastSquares.SolveRow(
                    gram, other, f, indicesOf(row), weightsOf(row), options.Alpha, options.Regularization, system, target.AsSpan(row * f, f));
                return system;
            },
            _ => { });
    }

    private static float[] InitialItemFactors(int items, int f, int seed)
    {
        var random = new Random(seed);
        var factors = new float[items * f];
        for (int k = 0; k < factors.Length; k++)
        {
            factors[k] = InitialScale * (float)NormalSample(random);
        }

        return factors;
    }

    /// <summary>Standard normal draw by the Box–Muller transform.</summary>
    private static double NormalSample(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
