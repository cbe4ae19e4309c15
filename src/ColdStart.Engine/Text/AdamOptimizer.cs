namespace ColdStart.Engine.Text;

/// <summary>
/// Adam (Kingma &amp; Ba 2015) for the encoder: dense updates for the dense layers, lazy sparse updates
/// for embedding rows touched in the step (the moments of untouched rows are left as they are).
/// </summary>
internal sealed class AdamOptimizer
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    private readonly EncoderWeights _weights;
    private readonly float[] _mEmbeddings, _vEmbeddings, _mW1, _vW1, _mB1, _vB1, _mW2, _vW2, _mB2, _vB2;
    private int _step;

    public AdamOptimizer(EncoderWeights weights)
    {
        _weights = weights;
        (_mEmbeddings, _vEmbeddings) = Moments(weights.Embeddings.Length);
        (_mW1, _vW1) = Moments(weights.W1.Length);
        (_mB1, _vB1) = Moments(weights.B1.Length);
        (_mW2, _vW2) = Moments(weights.W2.Length);
        (_mB2, _vB2) = Moments(weights.B2.Length);
    }

    /// <summary>Applies one step of the gradients in <paramref name="gradients"/> with step size <paramref name="learningRate"/>.</summary>
    public void Step(EncoderGradients gradients, float learningRate)
    {
        _step++;
        var rate = learningRate * MathF.Sqrt(1 - MathF.Pow(Beta2, _step)) / (1 - MathF.Pow(Beta1, _step));
        Update(_weights.W1, gradients.W1, _mW1, _vW1, rate);
        Update(_weights.B1, gradients.B1, _mB1, _vB1, rate);
        Update(_weights.W2, gradients.W2, _mW2, _vW2, rate);
        Update(_weights.B2, gradients.B2, _mB2, _vB2, rate);
        var hidden = _weights.Hidden;
        Parallel.For(0, gradients.TouchedRows.Count, slot =>
        {
            var row = gradients.TouchedRows[slot] * hidden;
            Update(
                _weights.Embeddings.AsSpan(row, hidden),
                gradients.Embeddings.AsSpan(slot * hidden, hidden),
                _mEmbeddings.AsSpan(row, hidden),
                _vEmbeddings.AsSpan(row, hidden),
                rate);
        });
    }

    private static void Update(Span<float> parameters, ReadOnlySpan<float> gradient, Span<float> m, Span<float> v, float rate)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            var g = gradient[i];
            m[i] = Beta1 * m[i] + (1 - Beta1) * g;
            v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
            parameters[i] -= rate * m[i] / (MathF.Sqrt(v[i]) + Epsilon);
        }
    }

    private static (float[] M, float[] V) Moments(int length) => (new float[length], new float[length]);
}
