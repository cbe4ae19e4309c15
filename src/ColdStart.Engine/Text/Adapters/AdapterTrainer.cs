namespace ColdStart.Engine.Text.Adapters;

/// <summary>
/// Trains an <see cref="AdapterWeights"/> on a frozen base encoder so that each adapted text lands near its target vector
/// (an item's or user's collaborative vector): the very loss, optimiser and schedule of <see cref="EncoderTrainer"/>
/// (<see cref="ContrastiveStep"/> on fixed inputs, Adam), with the base embeddings computed once up front.
/// </summary>
public static class AdapterTrainer
{
    /// <summary>Defaults for an adapter: 12 epochs, batch 256, lr 2e-3, τ 0.07, symmetric loss, alignment 1 (hidden width is the base width).</summary>
    public static EncoderTrainingOptions DefaultOptions { get; } = new(Epochs: 12, LearningRate: 2e-3f);

    /// <summary>
    /// <see cref="AdapterWeights.BaseShare"/> of the adapters the workbench writes (<c>train --adapter</c>, a workspace's
    /// "+adapter" encoder): half the base encoder's cosine, half the adapted one's (see the free-text table in the README).
    /// </summary>
    public const float DefaultBaseShare = 0.5f;

    /// <summary>
    /// Encodes the pairs' texts with <paramref name="baseEncoder"/> (one batch call: behind a
    /// <see cref="Caching.CachingTextEncoder"/>, texts encoded before are not encoded again) and trains the adapter.
    /// </summary>
    public static AdapterWeights Train(ITextEncoder baseEncoder, IReadOnlyList<TrainingPair> pairs, float[] targets, int dim,
        EncoderTrainingOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(baseEncoder);
        ArgumentNullException.ThrowIfNull(pairs);
        var inputs = baseEncoder.Encode(pairs.Select((p, i) => p?.Text ?? throw new ArgumentException($"pairs[{i}] is null.", nameof(pairs))).ToList());
        return Train(inputs, baseEncoder.Dimension, pairs.Select(p => p.Target).ToArray(), targets, dim, options, progress, ct);
    }

    /// <summary>Trains an adapter on fixed inputs.</summary>
    /// <param name="inputs">One base vector per example, examples × <paramref name="inputDim"/>, row-major.</param>
    /// <param name="inputDim">Width I of a base vector.</param>
    /// <param name="targetOf">For each example, its row in <paramref name="targets"/>.</param>
    /// <param name="targets">n × <paramref name="dim"/> target vectors, any scale (rows are L2-normalised here).</param>
    /// <param name="dim">Output width D.</param>
    /// <param name="options">Hyper-parameters (<see cref="EncoderTrainingOptions.Hidden"/>, vocabulary and token settings are not used); null: <see cref="DefaultOptions"/>.</param>
    /// <param name="progress">Fraction of steps done.</param>
    /// <param name="ct">Cancels between steps.</param>
    /// <exception cref="ArgumentException">Sizes disagree, an input is not finite, a used target row is zero, or invalid options.</exception>
    public static AdapterWeights Train(float[] inputs, int inputDim, int[] targetOf, float[] targets, int dim,
        EncoderTrainingOptions? options = null, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targetOf);
        options ??= DefaultOptions;
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDim, 1);
        EncoderTrainer.ValidateTargets(targetOf, targets, dim, options);
        if (inputs.Length != (long)targetOf.Length * inputDim)
        {
            throw new ArgumentException($"inputs must hold {targetOf.Length} examples × {inputDim} floats (got {inputs.Length}).", nameof(inputs));
        }

        if (Array.Exists(inputs, v => !float.IsFinite(v)))
        {
            throw new ArgumentException("inputs hold a value that is not finite: the base encoder returned NaN or infinity.", nameof(inputs));
        }

        var adapter = AdapterWeights.CreateRandom(inputDim, dim, options.Seed);
        var step = new ContrastiveStep(adapter.Layers, inputs, targetOf, EncoderTrainer.UnitRows(targets, dim, targetOf), options);
        var losses = EncoderTrainer.Optimize(step, new AdamOptimizer(adapter.Layers), targetOf.Length, options, progress, ct);
        return new AdapterWeights(inputDim, dim, adapter.W1, adapter.B1, adapter.W2, adapter.B2) { EpochLosses = losses };
    }
}
