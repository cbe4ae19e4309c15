using System.Numerics.Tensors;

namespace ColdStart.Engine.Text;

/// <summary>
/// One mini-batch of in-batch contrastive training (InfoNCE, van den Oord et al. 2018; symmetric form as in CLIP,
/// Radford et al. 2021) with hand-written gradients through L2 normalisation, projection, tanh, dense and mean pooling.
/// </summary>
/// <remarks>
/// Logits are s[i,u] = cos(z_i, t_u) / τ against the distinct targets u of the batch (texts sharing a target are all positives).
/// Work is split by example or by weight row with <see cref="Parallel.For(int, int, Action{int})"/>; each iteration owns
/// its output slice and sums in a fixed order, so results do not depend on the number of threads.
/// </remarks>
internal sealed class ContrastiveStep
{
    private readonly EncoderWeights _w;
    private readonly int[][] _tokens;
    private readonly float[]? _inputs;
    private readonly int[] _targetOf;
    private readonly float[] _unitTargets;
    private readonly float _inverseTemperature;
    private readonly bool _symmetric;
    private readonly float _alignment;
    private readonly int _h, _d;
    private readonly float[] _pooled, _activated, _output, _norms, _targetRows, _logits, _logitGrads, _rowLoss, _columnLoss;
    private readonly float[] _gradOutput, _gradActivated, _gradPooled;
    private readonly int[] _slot, _distinctTargets, _positives, _slotOfTarget;
    private int _batch, _start, _distinct;
    private int[] _order = [];

    public ContrastiveStep(EncoderWeights weights, int[][] tokens, int[] targetOf, float[] unitTargets, EncoderTrainingOptions options)
        : this(weights, tokens, null, targetOf, unitTargets, options)
    {
    }

    /// <summary>A step on fixed inputs: example i feeds row i of <paramref name="inputs"/> (examples × Hidden) to the dense layer.</summary>
    public ContrastiveStep(EncoderWeights weights, float[] inputs, int[] targetOf, float[] unitTargets, EncoderTrainingOptions options)
        : this(weights, [], inputs, targetOf, unitTargets, options)
    {
    }

    private ContrastiveStep(EncoderWeights weights, int[][] tokens, float[]? inputs, int[] targetOf, float[] unitTargets, EncoderTrainingOptions options)
    {
        (_w, _tokens, _inputs, _targetOf, _unitTargets) = (weights, tokens, inputs, targetOf, unitTargets);
        (_h, _d) = (weights.Hidden, weights.Dimension);
        (_inverseTemperature, _symmetric, _alignment) = (1f / options.Temperature, options.Symmetric, options.AlignmentWeight);
        var b = options.BatchSize;
        (_pooled, _activated, _gradActivated, _gradPooled) = (new float[b * _h], new float[b * _h], new float[b * _h], new float[b * _h]);
        (_output, _gradOutput, _targetRows) = (new float[b * _d], new float[b * _d], new float[b * _d]);
        (_norms, _rowLoss, _columnLoss) = (new float[b], new float[b], new float[b]);
        (_logits, _logitGrads) = (new float[b * b], new float[b * b]);
        (_slot, _distinctTargets, _positives) = (new int[b], new int[b], new int[b]);
        _slotOfTarget = new int[unitTargets.Length / _d];
        Array.Fill(_slotOfTarget, -1);
        Gradients = new EncoderGradients(weights);
    }

    /// <summary>Gradients of the last <see cref="Run"/>.</summary>
    public EncoderGradients Gradients { get; }

    /// <summary>Forward, loss and backward for examples <c>order[start..start+count)</c>; returns the mean loss.</summary>
    public double Run(int[] order, int start, int count)
    {
        (_order, _start, _batch) = (order, start, count);
        Gradients.ClearRows();
        Parallel.For(0, _batch, Forward);
        CollectTargets();
        Parallel.For(0, _batch, ComputeLogits);
        var rowWeight = (_symmetric ? 0.5f : 1f) / _batch;
        Parallel.For(0, _batch, i => TextToTarget(i, rowWeight));
        var loss = Sum(_rowLoss, _batch) * rowWeight;
        if (_symmetric)
        {
            var columnWeight = 0.5f / _distinct;
            Parallel.For(0, _distinct, u => TargetToText(u, columnWeight));
            loss += Sum(_columnLoss, _distinct) * columnWeight;
        }

        if (_alignment > 0f)
        {
            loss += Align();
        }

        Parallel.For(0, _batch, Backward);
        Parallel.For(0, _h, WeightGradientRow);
        BiasAndEmbeddingGradients();
        ReleaseTargets();
        return loss;
    }

    private void Forward(int i)
    {
        var pooled = _pooled.AsSpan(i * _h, _h);
        if (_inputs is not null)
        {
            _inputs.AsSpan(_order[_start + i] * _h, _h).CopyTo(pooled);
        }
        else
        {
            var tokens = _tokens[_order[_start + i]];
            pooled.Clear();
            foreach (var id in tokens)
            {
                TensorPrimitives.Add(pooled, _w.Embeddings.AsSpan(id * _h, _h), pooled);
            }

            TensorPrimitives.Divide(pooled, Math.Max(tokens.Length, 1), pooled);
        }

        var output = _output.AsSpan(i * _d, _d);
        _w.Transform(pooled, _activated.AsSpan(i * _h, _h), output);
        _norms[i] = EncoderWeights.Normalize(output);
    }

    private void CollectTargets()
    {
        _distinct = 0;
        for (var i = 0; i < _batch; i++)
        {
            var target = _targetOf[_order[_start + i]];
            var slot = _slotOfTarget[target];
            if (slot < 0)
            {
                slot = _distinct++;
                _slotOfTarget[target] = slot;
                _distinctTargets[slot] = target;
                _positives[slot] = 0;
                _unitTargets.AsSpan(target * _d, _d).CopyTo(_targetRows.AsSpan(slot * _d, _d));
            }

            _positives[slot]++;
            _slot[i] = slot;
        }
    }

    private void ReleaseTargets()
    {
        for (var u = 0; u < _distinct; u++)
        {
            _slotOfTarget[_distinctTargets[u]] = -1;
        }
    }

    private void ComputeLogits(int i)
    {
        var z = _output.AsSpan(i * _d, _d);
        for (var u = 0; u < _distinct; u++)
        {
            _logits[i * _distinct + u] = TensorPrimitives.Dot(z, _targetRows.AsSpan(u * _d, _d)) * _inverseTemperature;
        }
    }

    /// <summary>Softmax over targets for text i: loss −log p[i, own]; writes dLoss/ds[i, ·].</summary>
    private void TextToTarget(int i, float weight)
    {
        var logits = _logits.AsSpan(i * _distinct, _distinct);
        var grads = _logitGrads.AsSpan(i * _distinct, _distinct);
        var max = TensorPrimitives.Max(logits);
        TensorPrimitives.Subtract(logits, max, grads);
        TensorPrimitives.Exp(grads, grads);
        var sum = TensorPrimitives.Sum(grads);
        _rowLoss[i] = MathF.Log(sum) + max - logits[_slot[i]];
        TensorPrimitives.Multiply(grads, weight / sum, grads);
        grads[_slot[i]] -= weight;
    }

    /// <summary>Softmax over the batch's texts for target u: loss −mean log q[positive, u]; adds to dLoss/ds[·, u].</summary>
    private void TargetToText(int u, float weight)
    {
        var max = float.NegativeInfinity;
        for (var i = 0; i < _batch; i++)
        {
            max = MathF.Max(max, _logits[i * _distinct + u]);
        }

        var sum = 0f;
        var positiveLogits = 0f;
        for (var i = 0; i < _batch; i++)
        {
            var logit = _logits[i * _distinct + u];
            sum += MathF.Exp(logit - max);
            positiveLogits += _slot[i] == u ? logit : 0f;
        }

        var positives = _positives[u];
        _columnLoss[u] = MathF.Log(sum) + max - positiveLogits / positives;
        for (var i = 0; i < _batch; i++)
        {
            var q = MathF.Exp(_logits[i * _distinct + u] - max) / sum;
            _logitGrads[i * _distinct + u] += weight * (q - (_slot[i] == u ? 1f / positives : 0f));
        }
    }

    /// <summary>Adds λ·mean(1 − s[i, own]·τ) to the loss and its gradient to the logits.</summary>
    private double Align()
    {
        var weight = _alignment / _batch;
        var loss = 0d;
        for (var i = 0; i < _batch; i++)
        {
            var own = i * _distinct + _slot[i];
            loss += weight * (1f - _logits[own] / _inverseTemperature);
            _logitGrads[own] -= weight / _inverseTemperature;
        }

        return loss;
    }

    /// <summary>Back-propagates example i from the logits to the pooled vector.</summary>
    private void Backward(int i)
    {
        var gradOutput = _gradOutput.AsSpan(i * _d, _d);
        gradOutput.Clear();
        for (var u = 0; u < _distinct; u++)
        {
            TensorPrimitives.MultiplyAdd(_targetRows.AsSpan(u * _d, _d), _logitGrads[i * _distinct + u] * _inverseTemperature, gradOutput, gradOutput);
        }

        // Through z = y / |y|: dy = (dz − z (z·dz)) / |y|.
        var z = _output.AsSpan(i * _d, _d);
        var along = TensorPrimitives.Dot(z, gradOutput);
        TensorPrimitives.MultiplyAdd(z, -along, gradOutput, gradOutput);
        TensorPrimitives.Multiply(gradOutput, _norms[i] > 0f ? 1f / _norms[i] : 0f, gradOutput);

        var activated = _activated.AsSpan(i * _h, _h);
        var gradActivated = _gradActivated.AsSpan(i * _h, _h);
        for (var k = 0; k < _h; k++)
        {
            var a = activated[k];
            gradActivated[k] = TensorPrimitives.Dot(_w.W2.AsSpan(k * _d, _d), gradOutput) * (1f - a * a);
        }

        if (_inputs is not null)
        {
            return;
        }

        var gradPooled = _gradPooled.AsSpan(i * _h, _h);
        for (var k = 0; k < _h; k++)
        {
            gradPooled[k] = TensorPrimitives.Dot(_w.W1.AsSpan(k * _h, _h), gradActivated);
        }
    }

    /// <summary>Row k of dW1 (Σ_i pooled[i,k]·dA_i) and of dW2 (Σ_i tanh[i,k]·dY_i).</summary>
    private void WeightGradientRow(int k)
    {
        var w1 = Gradients.W1.AsSpan(k * _h, _h);
        var w2 = Gradients.W2.AsSpan(k * _d, _d);
        w1.Clear();
        w2.Clear();
        for (var i = 0; i < _batch; i++)
        {
            TensorPrimitives.MultiplyAdd(_gradActivated.AsSpan(i * _h, _h), _pooled[i * _h + k], w1, w1);
            TensorPrimitives.MultiplyAdd(_gradOutput.AsSpan(i * _d, _d), _activated[i * _h + k], w2, w2);
        }
    }

    private void BiasAndEmbeddingGradients()
    {
        Array.Clear(Gradients.B1);
        Array.Clear(Gradients.B2);
        for (var i = 0; i < _batch; i++)
        {
            TensorPrimitives.Add(Gradients.B1, _gradActivated.AsSpan(i * _h, _h), Gradients.B1);
            TensorPrimitives.Add(Gradients.B2, _gradOutput.AsSpan(i * _d, _d), Gradients.B2);
            if (_inputs is not null)
            {
                continue;
            }

            var tokens = _tokens[_order[_start + i]];
            var gradPooled = _gradPooled.AsSpan(i * _h, _h);
            var share = 1f / Math.Max(tokens.Length, 1);
            foreach (var id in tokens)
            {
                var row = Gradients.EmbeddingRow(id);
                TensorPrimitives.MultiplyAdd(gradPooled, share, row, row);
            }
        }
    }

    private static double Sum(float[] values, int count)
    {
        var total = 0d;
        for (var i = 0; i < count; i++)
        {
            total += values[i];
        }

        return total;
    }
}
