using System.Numerics.Tensors;

namespace ColdStart.Engine.Scoring;

/// <summary>
/// Item vectors of one space (collaborative or semantic) in one contiguous row-major block, with the mean vector and
/// covariance matrix of the rows. Those give the mean and standard deviation of <c>rows · q</c> over the catalog for any
/// query q without a pass over the items (μ = m·q, σ² = qᵀΣq), so the scorer can standardise a component in the same
/// single pass that computes it.
/// </summary>
public sealed class VectorSpace
{
    private VectorSpace(int count, int dimension, float[] rows, double[] mean, double[] covariance)
    {
        Count = count;
        Dimension = dimension;
        Rows = rows;
        Mean = mean;
        Covariance = covariance;
    }

    public int Count { get; }
    public int Dimension { get; }

    /// <summary>Count × Dimension, row-major. Treat as read-only.</summary>
    public float[] Rows { get; }

    private QuantisedRows? _quantised;

    /// <summary>The 8-bit copy of the rows for the scorer's first pass over large catalogs, built on first use.</summary>
    internal QuantisedRows Quantised => _quantised ??= QuantisedRows.Create(Rows, Dimension);

    private double[] Mean { get; }
    private double[] Covariance { get; }

    public ReadOnlySpan<float> Row(int index) => Rows.AsSpan(index * Dimension, Dimension);

    /// <summary>Builds a space over <paramref name="rows"/> (not copied).</summary>
    public static VectorSpace Create(float[] rows, int dimension)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (dimension <= 0) throw new ArgumentOutOfRangeException(nameof(dimension), "Dimension must be positive.");
        if (rows.Length % dimension != 0)
            throw new ArgumentException($"Row block of {rows.Length} floats is not a multiple of dimension {dimension}.", nameof(rows));
        int count = rows.Length / dimension;
        var mean = new double[dimension];
        var cov = new double[dimension * dimension];
        for (int i = 0; i < count; i++)
        {
            var row = rows.AsSpan(i * dimension, dimension);
            for (int a = 0; a < dimension; a++) mean[a] += row[a];
        }
        if (count > 0) for (int a = 0; a < dimension; a++) mean[a] /= count;
        var centred = new double[dimension];
        for (int i = 0; i < count; i++)
        {
            var row = rows.AsSpan(i * dimension, dimension);
            for (int a = 0; a < dimension; a++) centred[a] = row[a] - mean[a];
            for (int a = 0; a < dimension; a++)
            {
                double ca = centred[a];
                var covRow = cov.AsSpan(a * dimension, dimension);
                for (int b = a; b < dimension; b++) covRow[b] += ca * centred[b];
            }
        }
        for (int a = 0; a < dimension; a++)
            for (int b = a; b < dimension; b++)
            {
                double v = count > 0 ? cov[a * dimension + b] / count : 0;
                cov[a * dimension + b] = v;
                cov[b * dimension + a] = v;
            }
        return new VectorSpace(count, dimension, rows, mean, cov);
    }

    /// <summary>Mean and standard deviation of <c>row · query</c> over all rows.</summary>
    public (double Mean, double StdDev) Moments(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimension)
            throw new ArgumentException($"Query has {query.Length} dimensions, the space has {Dimension}.", nameof(query));
        double mu = 0, variance = 0;
        for (int a = 0; a < Dimension; a++)
        {
            mu += Mean[a] * query[a];
            double s = 0;
            var covRow = Covariance.AsSpan(a * Dimension, Dimension);
            for (int b = 0; b < Dimension; b++) s += covRow[b] * query[b];
            variance += s * query[a];
        }
        return (mu, Math.Sqrt(Math.Max(variance, 0)));
    }

    /// <summary>
    /// Writes <paramref name="vector"/> scaled to unit length into <paramref name="destination"/> (zeros for a zero
    /// vector) and returns its length. The one L2 normalisation of the engine's vectors; cosines are in
    /// <c>ColdStart.Engine.Similarity.Cosines</c>.
    /// </summary>
    public static float Normalise(ReadOnlySpan<float> vector, Span<float> destination)
    {
        if (destination.Length != vector.Length)
            throw new ArgumentException($"Destination has {destination.Length} components, the vector {vector.Length}.", nameof(destination));
        float norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, destination);
        else destination.Clear();
        return norm;
    }

    /// <summary>
    /// A copy with one row replaced. The moments are updated in O(d²) rather than recomputed: with n rows, the mean
    /// moves by (new − old)/n and the covariance C = E[xxᵀ] − mmᵀ becomes C + mmᵀ − m′m′ᵀ + (new·newᵀ − old·oldᵀ)/n.
    /// </summary>
    public VectorSpace WithRow(int index, ReadOnlySpan<float> row)
    {
        if (row.Length != Dimension) throw new ArgumentException($"Row has {row.Length} dimensions, expected {Dimension}.", nameof(row));
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        int d = Dimension;
        var old = Row(index);
        var mean = new double[d];
        for (int a = 0; a < d; a++) mean[a] = Mean[a] + ((double)row[a] - old[a]) / Count;
        var cov = new double[d * d];
        for (int a = 0; a < d; a++)
            for (int b = 0; b < d; b++)
                cov[a * d + b] = Covariance[a * d + b] + Mean[a] * Mean[b] - mean[a] * mean[b]
                    + ((double)row[a] * row[b] - (double)old[a] * old[b]) / Count;
        var copy = (float[])Rows.Clone();
        row.CopyTo(copy.AsSpan(index * d, d));
        return new VectorSpace(Count, d, copy, mean, cov) { _quantised = _quantised?.WithRow(index, row) };
    }
}
