using System.Security.Cryptography;
using System.Text;

namespace ColdStart.Engine.Text;

/// <summary>
/// Trains the project's text encoder in C# so that each text lands near its target vector
/// (an item's or user's collaborative vector), with an in-batch contrastive loss and Adam.
/// </summary>
/// <remarks>
/// Model: embeddings → masked mean → dense + tanh → projection → L2 (see <see cref="EncoderWeights"/>).
/// Loss and gradients: <see cref="ContrastiveStep"/>. Deterministic for a seed, independent of the core count.
/// </remarks>
public static class EncoderTrainer
{
    /// <summary>Trains an encoder.</summary>
    /// <param name="vocab">WordPiece vocabulary (line order = id), e.g. from <see cref="VocabularyBuilder.Build"/>.</param>
    /// <param name="pairs">Texts and the target row each should land near.</param>
    /// <param name="targets">n × <paramref name="dim"/> target vectors, row-major, any scale (rows are L2-normalised here).</param>
    /// <param name="dim">Output dimension D (the width of a target row).</param>
    /// <param name="options">Hyper-parameters.</param>
    /// <param name="progress">Receives the fraction of steps done, 0–1.</param>
    /// <param name="ct">Cancels between steps.</param>
    public static EncoderWeights Train(
        IReadOnlyList<string> vocab,
        IReadOnlyList<TrainingPair> pairs,
        float[] targets,
        int dim,
        EncoderTrainingOptions options,
        IProgress<double>? progress = null,
        CancellationToken ct = default)
    {
        Validate(vocab, pairs, targets, dim, options);
        var tokenizer = TextTokenizer.FromVocabulary(vocab, lowerCase: true);
        var tokens = new int[pairs.Count][];
        Parallel.For(0, pairs.Count, i => tokens[i] = tokenizer.Encode(pairs[i].Text, options.MaxTokens));
        var targetOf = new int[pairs.Count];
        for (var i = 0; i < targetOf.Length; i++)
        {
            targetOf[i] = pairs[i].Target;
        }

        var weights = EncoderWeights.CreateRandom(vocab.Count, options.Hidden, dim, options.Seed);
        var step = new ContrastiveStep(weights, tokens, targetOf, UnitRows(targets, dim, targetOf), options);
        var losses = Optimize(step, new AdamOptimizer(weights), pairs.Count, options, progress, ct);
        return new EncoderWeights(weights.VocabSize, weights.Hidden, weights.Dimension, weights.Embeddings, weights.W1, weights.B1, weights.W2, weights.B2)
        {
            EpochLosses = losses,
        };
    }

    /// <summary>
    /// The whole `train` step for the encoder: builds the vocabulary from <paramref name="corpus"/> (at most
    /// <see cref="EncoderTrainingOptions.VocabSize"/> entries), trains, and writes <c>{name}.onnx</c>, <c>{name}.vocab.txt</c>
    /// and <c>{name}.json</c> into <paramref name="directory"/> atomically (see <see cref="EncoderFiles.Write"/>).
    /// </summary>
    /// <param name="corpus">Shop text for the vocabulary: titles, descriptions, tags, categories, search queries.</param>
    /// <param name="pairs">Texts and their target rows (see <see cref="Train"/>).</param>
    /// <param name="targets">n × <paramref name="dim"/> target vectors, row-major.</param>
    /// <param name="dim">Output dimension.</param>
    /// <param name="options">Hyper-parameters, vocabulary size included.</param>
    /// <param name="directory">Where the files go (e.g. models/).</param>
    /// <param name="name">File name prefix.</param>
    /// <param name="progress">Fraction of training steps done.</param>
    /// <param name="ct">Cancels between steps.</param>
    /// <returns>The metadata written.</returns>
    public static EncoderMetadata TrainAndWrite(
        IEnumerable<string> corpus,
        IReadOnlyList<TrainingPair> pairs,
        float[] targets,
        int dim,
        EncoderTrainingOptions options,
        string directory,
        string name,
        IProgress<double>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var vocab = VocabularyBuilder.Build(corpus, options.VocabSize);
        var weights = Train(vocab, pairs, targets, dim, options, progress, ct);
        var fingerprint = Fingerprint(vocab, pairs, targets, dim, options);
        var metadata = EncoderMetadata.Describe(weights, vocab, options.MaxTokens, fingerprint, pairs.Count, DateTimeOffset.UtcNow);
        EncoderFiles.Write(directory, name, weights, vocab, metadata);
        return metadata;
    }

    /// <summary>SHA-256 (hex) of everything that determines a training run: vocabulary, pairs, targets and options.</summary>
    public static string Fingerprint(IReadOnlyList<string> vocab, IReadOnlyList<TrainingPair> pairs, float[] targets, int dim, EncoderTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(VocabularyBuilder.ToBytes(vocab));
        hash.AppendData(Encoding.UTF8.GetBytes($"{options}|dim={dim}|pairs={pairs.Count}\n"));
        foreach (var pair in pairs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{pair.Target}\t{pair.Text}\n"));
        }

        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(targets.AsSpan()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Epochs of shuffled mini-batches: one <see cref="ContrastiveStep"/> and one Adam step each, the step size decaying linearly to a tenth.</summary>
    internal static double[] Optimize(ContrastiveStep step, AdamOptimizer adam, int count, EncoderTrainingOptions options, IProgress<double>? progress, CancellationToken ct)
    {
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        var random = new Random(options.Seed);
        var batches = (count + options.BatchSize - 1) / options.BatchSize;
        var totalSteps = options.Epochs * batches;
        var losses = new double[options.Epochs];
        var done = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var sum = 0d;
            for (var start = 0; start < count; start += options.BatchSize)
            {
                ct.ThrowIfCancellationRequested();
                var size = Math.Min(options.BatchSize, count - start);
                sum += step.Run(order, start, size) * size;
                var decay = 1f - 0.9f * done / totalSteps;
                adam.Step(step.Gradients, options.LearningRate * decay);
                progress?.Report(++done / (double)totalSteps);
            }

            losses[epoch] = sum / count;
        }

        return losses;
    }

    /// <summary>Copies the targets with every row scaled to unit length; rows used by a pair must be finite and non-zero.</summary>
    internal static float[] UnitRows(float[] targets, int dim, int[] targetOf)
    {
        var unit = (float[])targets.Clone();
        var rows = unit.Length / dim;
        var used = new bool[rows];
        for (var i = 0; i < targetOf.Length; i++)
        {
            var row = targetOf[i];
            if (used[row])
            {
                continue;
            }

            used[row] = true;
            var norm = EncoderWeights.Normalize(unit.AsSpan(row * dim, dim));
            if (!float.IsFinite(norm) || norm == 0f)
            {
                throw new ArgumentException($"targets row {row} (used by pairs[{i}]) must be finite and non-zero; its length is {norm}.", nameof(targets));
            }
        }

        return unit;
    }

    private static void Validate(IReadOnlyList<string> vocab, IReadOnlyList<TrainingPair> pairs, float[] targets, int dim, EncoderTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(vocab);
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Hidden, 1, "options.Hidden");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTokens, 2, "options.MaxTokens");
        if (pairs.Count == 0)
        {
            throw new ArgumentException("No training pairs: the encoder needs texts with target vectors.", nameof(pairs));
        }

        var targetOf = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i] ?? throw new ArgumentException($"pairs[{i}] is null.", nameof(pairs));
            if (pair.Text is null)
            {
                throw new ArgumentException($"pairs[{i}] needs a text.", nameof(pairs));
            }

            targetOf[i] = pair.Target;
        }

        ValidateTargets(targetOf, targets, dim, options);
    }

    /// <summary>Checks what the encoder and an adapter share: the loss and optimiser options and that every example names a target row.</summary>
    internal static void ValidateTargets(int[] targetOf, float[] targets, int dim, EncoderTrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(targetOf);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(dim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, "options.Epochs");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 2, "options.BatchSize");
        if (!(options.LearningRate > 0f) || !float.IsFinite(options.LearningRate) || !(options.Temperature > 0f) || !float.IsFinite(options.Temperature))
        {
            throw new ArgumentException($"options.LearningRate ({options.LearningRate}) and options.Temperature ({options.Temperature}) must be positive and finite.", nameof(options));
        }

        if (!(options.AlignmentWeight >= 0f) || !float.IsFinite(options.AlignmentWeight))
        {
            throw new ArgumentException($"options.AlignmentWeight ({options.AlignmentWeight}) must be zero or positive.", nameof(options));
        }

        if (targetOf.Length == 0)
        {
            throw new ArgumentException("No training pairs: the encoder needs texts with target vectors.", nameof(targetOf));
        }

        if (targets.Length == 0 || targets.Length % dim != 0)
        {
            throw new ArgumentException($"targets must hold rows of dim = {dim} floats (got {targets.Length} floats).", nameof(targets));
        }

        var rows = targets.Length / dim;
        for (var i = 0; i < targetOf.Length; i++)
        {
            if (targetOf[i] < 0 || targetOf[i] >= rows)
            {
                throw new ArgumentException($"pairs[{i}] needs a target in [0, {rows}) (got {targetOf[i]}).", nameof(targetOf));
            }
        }
    }
}
