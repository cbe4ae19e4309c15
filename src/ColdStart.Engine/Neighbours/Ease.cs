using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Neighbours;

/// <summary>
/// EASE (Steck 2019), the closed-form item × item linear model: with G = XᵀX + λI over the items that have interactions,
/// P = G⁻¹ and B = I − P · diag(1/diag P), so B has a zero diagonal and a visitor's items fold in as Σ over seeds of
/// B[seed, ·]. Dense: the solve costs about m³ floating-point operations and 4m² bytes for m items with interactions,
/// so <see cref="ItemNeighbours"/> uses it only up to <see cref="NeighbourOptions.EaseMaxItems"/> items and keeps the
/// top N of each row sparsely. The solve is a blocked Cholesky factorisation and a blocked triangular inverse, in float.
/// </summary>
internal static class Ease
{
    private const int Panel = 64;

    /// <summary>The dense B (row-major, <paramref name="n"/> × n) for the Gram matrix <paramref name="gram"/> (overwritten).</summary>
    /// <param name="gram">XᵀX, row-major n × n (only the upper triangle is read); destroyed.</param>
    /// <param name="n">Items.</param>
    /// <param name="lambda">The ridge λ &gt; 0 added to the diagonal.</param>
    /// <param name="ct">Cancels the solve between panels.</param>
    public static float[] Weights(float[] gram, int n, float lambda, CancellationToken ct = default)
    {
        if (gram.Length < n * n) throw new ArgumentException($"The Gram matrix has {gram.Length} values, fewer than {n} × {n}.", nameof(gram));
        if (!(lambda > 0) || !float.IsFinite(lambda)) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be a finite number > 0.");
        for (int i = 0; i < n; i++) gram[i * n + i] += lambda;
        Factor(gram, n, lambda, ct);
        var p = Inverse(gram, n, ct);
        var b = p;
        var diagonal = new float[n];
        for (int j = 0; j < n; j++) diagonal[j] = p[j * n + j];
        for (int i = 0; i < n; i++)
        {
            var row = b.AsSpan(i * n, n);
            for (int j = 0; j < n; j++) row[j] = i == j ? 0f : -row[j] / diagonal[j];
        }
        return b;
    }

    /// <summary>In-place upper Cholesky A = UᵀU (row-major; lower triangle cleared), right-looking in panels of 64 rows.</summary>
    internal static void Factor(float[] a, int n, float minPivot, CancellationToken ct)
    {
        for (int k0 = 0; k0 < n; k0 += Panel)
        {
            ct.ThrowIfCancellationRequested();
            int k1 = Math.Min(n, k0 + Panel);
            for (int k = k0; k < k1; k++)
            {
                var rowK = a.AsSpan(k * n, n);
                rowK[..k].Clear();
                float pivot = MathF.Sqrt(Math.Max(rowK[k], minPivot));
                float inverse = 1f / pivot;
                for (int j = k + 1; j < n; j++) rowK[j] *= inverse;
                rowK[k] = pivot;
                for (int i = k + 1; i < k1; i++) Cholesky.SubtractScaled(a.AsSpan(i * n + i, n - i), rowK[i], a.AsSpan(k * n + i, n - i));
            }
            if (k1 == n) break;
            // Trailing rows: row i −= Σ over the panel rows k of U[k, i] · U[k, i…]; the panel stays in cache.
            Parallel.For(k1, n, new ParallelOptions { CancellationToken = ct }, i =>
            {
                var rowI = a.AsSpan(i * n + i, n - i);
                for (int k = k0; k < k1; k++)
                {
                    float factor = a[k * n + i];
                    if (factor != 0f) Cholesky.SubtractScaled(rowI, factor, a.AsSpan(k * n + i, n - i));
                }
            });
        }
    }

    /// <summary>(UᵀU)⁻¹ from the factor <paramref name="u"/>, solved for blocks of 64 identity columns at once.</summary>
    internal static float[] Inverse(float[] u, int n, CancellationToken ct)
    {
        var result = new float[n * n];
        int blocks = (n + Panel - 1) / Panel;
        Parallel.For(0, blocks, new ParallelOptions { CancellationToken = ct }, () => new float[n * Panel], (block, _, y) =>
        {
            int c0 = block * Panel, width = Math.Min(Panel, n - c0);
            Array.Clear(y);
            for (int c = 0; c < width; c++) y[(c0 + c) * Panel + c] = 1f;
            // Forward: Uᵀ Y = E (rows above c0 stay zero).
            for (int k = c0; k < n; k++)
            {
                var yk = y.AsSpan(k * Panel, Panel);
                float d = 1f / u[k * n + k];
                for (int c = 0; c < Panel; c++) yk[c] *= d;
                var rowK = u.AsSpan(k * n, n);
                for (int j = k + 1; j < n; j++)
                    if (rowK[j] != 0f) Cholesky.SubtractScaled(y.AsSpan(j * Panel, Panel), rowK[j], yk);
            }
            // Backward: U X = Y, in place.
            for (int i = n - 1; i >= 0; i--)
            {
                var xi = y.AsSpan(i * Panel, Panel);
                var rowI = u.AsSpan(i * n, n);
                for (int j = i + 1; j < n; j++)
                    if (rowI[j] != 0f) Cholesky.SubtractScaled(xi, rowI[j], y.AsSpan(j * Panel, Panel));
                float d = 1f / rowI[i];
                for (int c = 0; c < Panel; c++) xi[c] *= d;
            }
            for (int i = 0; i < n; i++)
                for (int c = 0; c < width; c++) result[i * n + c0 + c] = y[i * Panel + c];
            return y;
        }, _ => { });
        return result;
    }
}
