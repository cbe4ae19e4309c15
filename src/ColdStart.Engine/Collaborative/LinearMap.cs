namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Multi-output ridge regression Y ≈ X·W + b in closed form: centred normal equations (XcᵀXc + λI) W = XcᵀYc solved by
/// Cholesky in double precision, b = ȳ − x̄ᵀW (the bias is not penalised). Immutable after <see cref="Fit"/>.
/// </summary>
/// <remarks>Zero inputs are skipped when accumulating and applying, so sparse (e.g. one-hot) inputs are cheap.</remarks>
public sealed class LinearMap
{
    private readonly float[] _weights; // InDim × OutDim, row-major
    private readonly float[] _bias;

    private LinearMap(int inDim, int outDim, float[] weights, float[] bias)
    {
        InDim = inDim;
        OutDim = outDim;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Input dimension.</summary>
    public int InDim { get; }

    /// <summary>Output dimension.</summary>
    public int OutDim { get; }

    /// <summary>Fits the map on <paramref name="rows"/> examples.</summary>
    /// <param name="x">Inputs, rows × inDim, row-major.</param>
    /// <param name="rows">Number of examples (≥ 1).</param>
    /// <param name="inDim">Input dimension (≥ 0; 0 fits the mean).</param>
    /// <param name="y">Targets, rows × outDim, row-major.</param>
    /// <param name="outDim">Output dimension (≥ 1).</param>
    /// <param name="lambda">Ridge penalty (&gt; 0).</param>
    /// <exception cref="ArgumentException">A size does not match, λ is not positive, or a value is not finite.</exception>
    public static LinearMap Fit(float[] x, int rows, int inDim, float[] y, int outDim, float lambda)
    {
        Validate(x, rows, inDim, y, outDim, lambda);
        var xMean = ColumnMeans(x, rows, inDim);
        var yMean = ColumnMeans(y, rows, outDim);
        var (system, rhs) = NormalEquations(x, rows, inDim, y, outDim, xMean, yMean, lambda);
        Cholesky.Factor<double>(system, inDim, lambda);
        var weights = new float[inDim * outDim];
        var bias = new float[outDim];
        for (int o = 0; o < outDim; o++)
        {
            var column = rhs.AsSpan(o * inDim, inDim);
            Cholesky.Solve<double>(system, inDim, column);
            double b = yMean[o];
            for (int a = 0; a < inDim; a++)
            {
                weights[a * outDim + o] = (float)column[a];
                b -= xMean[a] * column[a];
            }

            bias[o] = (float)b;
        }

        return new LinearMap(inDim, outDim, weights, bias);
    }

    /// <summary>Returns x·W + b.</summary>
    public float[] Apply(ReadOnlySpan<float> x)
    {
        var y = new float[OutDim];
        Apply(x, y);
        return y;
    }

    /// <summary>Writes x·W + b to <paramref name="y"/>.</summary>
    /// <exception cref="ArgumentException">x is not <see cref="InDim"/> long or y not <see cref="OutDim"/> long.</exception>
    public void Apply(ReadOnlySpan<float> x, Span<float> y)
    {
        if (x.Length != InDim)
        {
            throw new ArgumentException($"Input has length {x.Length}, expected {InDim}.", nameof(x));
        }

        if (y.Length != OutDim)
        {
            throw new ArgumentException($"Output has length {y.Length}, expected {OutDim}.", nameof(y));
        }

        _bias.CopyTo(y);
        for (int a = 0; a < InDim; a++)
        {
            if (x[a] != 0f)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(_weights.AsSpan(a * OutDim, OutDim), x[a], y, y);
            }
        }
    }

    /// <summary>Centred XᵀX + λI and (transposed) centred XᵀY, accumulated uncentred with zero inputs skipped, then corrected by the means.</summary>
    private static (double[] System, double[] Rhs) NormalEquations(
        float[] x, int rows, int inDim, float[] y, int outDim, double[] xMean, double[] yMean, float lambda)
    {
        var system = new double[inDim * inDim];
        var rhs = new double[outDim * inDim]; // transposed XᵀY: one contiguous right-hand side per output
        for (int r = 0; r < rows; r++)
        {
            var xr = x.AsSpan(r * inDim, inDim);
            var yr = y.AsSpan(r * outDim, outDim);
            for (int a = 0; a < inDim; a++)
            {
                double v = xr[a];
                if (v == 0)
                {
                    continue;
                }

                var row = system.AsSpan(a * inDim, inDim);
                for (int b = 0; b < inDim; b++)
                {
                    row[b] += v * xr[b];
                }

                for (int o = 0; o < outDim; o++)
                {
                    rhs[o * inDim + a] += v * yr[o];
                }
            }
        }

        for (int a = 0; a < inDim; a++)
        {
            for (int b = 0; b < inDim; b++)
            {
                system[a * inDim + b] -= rows * xMean[a] * xMean[b];
            }

            system[a * inDim + a] += lambda;
            for (int o = 0; o < outDim; o++)
            {
                rhs[o * inDim + a] -= rows * xMean[a] * yMean[o];
            }
        }

        return (system, rhs);
    }

    private static double[] ColumnMeans(float[] values, int rows, int dim)
    {
        var mean = new double[dim];
        for (int r = 0; r < rows; r++)
        {
            for (int d = 0; d < dim; d++)
            {
                mean[d] += values[r * dim + d];
            }
        }

        for (int d = 0; d < dim; d++)
        {
            mean[d] /= rows;
        }

        return mean;
    }

    private static void Validate(float[] x, int rows, int inDim, float[] y, int outDim, float lambda)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (rows < 1 || inDim < 0 || outDim < 1)
        {
            throw new ArgumentException($"LinearMap.Fit needs rows ≥ 1, inDim ≥ 0, outDim ≥ 1; got {rows}, {inDim}, {outDim}.");
        }

        if (x.Length != rows * inDim)
        {
            throw new ArgumentException($"x has {x.Length} values, expected {rows} × {inDim}.", nameof(x));
        }

        if (y.Length != rows * outDim)
        {
            throw new ArgumentException($"y has {y.Length} values, expected {rows} × {outDim}.", nameof(y));
        }

        if (!float.IsFinite(lambda) || lambda <= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"lambda must be a finite number > 0, got {lambda}."), nameof(lambda));
        }

        CheckFinite(x, inDim, nameof(x));
        CheckFinite(y, outDim, nameof(y));
    }

    private static void CheckFinite(float[] values, int dim, string name)
    {
        int bad = Array.FindIndex(values, v => !float.IsFinite(v));
        if (bad >= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"{name}[{bad}] (row {bad / dim}, column {bad % dim}) is {values[bad]}; values must be finite."), name);
        }
    }
}
