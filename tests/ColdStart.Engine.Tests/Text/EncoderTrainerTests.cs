using ColdStart.Engine.Text;
using Xunit.Abstractions;

namespace ColdStart.Engine.Tests.Text;

public sealed class EncoderTrainerTests(ITestOutputHelper output)
{
    private const int MaxTokens = 16;
    private static readonly EncoderTrainingOptions Options = new(Hidden: 32, Epochs: 20, BatchSize: 32, MaxTokens: MaxTokens);

    private static readonly PlantedCatalog Catalog = new(textsPerCluster: 40, dimension: 16, seed: 21);
    private static readonly IReadOnlyList<string> Vocab = VocabularyBuilder.Build(Catalog.Texts, maxSize: 400, minCount: 1);
    private static readonly Lazy<EncoderWeights> Trained = new(() => EncoderTrainer.Train(Vocab, Catalog.Pairs, Catalog.Targets, Catalog.Dimension, Options));

    [Fact]
    public void Encoder_places_texts_nearer_their_own_targets_than_a_shuffled_baseline()
    {
        var vectors = Encode(Trained.Value, Catalog.Texts);
        var shuffler = new Random(3);
        var shuffled = Enumerable.Range(0, Catalog.Texts.Count).OrderBy(_ => shuffler.Next()).ToArray();
        var own = 0f;
        var baseline = 0f;
        var d = Catalog.Dimension;
        for (var i = 0; i < Catalog.Texts.Count; i++)
        {
            own += PlantedCatalog.Cosine(vectors.AsSpan(i * d, d), Catalog.Targets.AsSpan(i * d, d));
            baseline += PlantedCatalog.Cosine(vectors.AsSpan(i * d, d), Catalog.Targets.AsSpan(shuffled[i] * d, d));
        }

        own /= Catalog.Texts.Count;
        baseline /= Catalog.Texts.Count;
        output.WriteLine($"own {own:F3}, shuffled {baseline:F3}, losses {string.Join(", ", Trained.Value.EpochLosses.Select(l => l.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.True(own > 0.8f, $"mean cosine to own target {own}");
        Assert.True(own > baseline + 0.6f, $"own {own} vs shuffled {baseline}");
    }

    [Fact]
    public void Unseen_texts_land_nearest_their_clusters_centroid()
    {
        var random = new Random(99);
        var clusters = Enumerable.Range(0, 80).Select(i => i % PlantedCatalog.Clusters).ToArray();
        var texts = clusters.Select(c => PlantedCatalog.Sentence(random, c)).ToList();
        var vectors = Encode(Trained.Value, texts);
        var d = Catalog.Dimension;

        var correct = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var nearest = Enumerable.Range(0, PlantedCatalog.Clusters)
                .MaxBy(c => PlantedCatalog.Cosine(vectors.AsSpan(i * d, d), Catalog.Centroids.AsSpan(c * d, d)));
            correct += nearest == clusters[i] ? 1 : 0;
        }

        output.WriteLine($"{correct}/{texts.Count} nearest the right centroid");
        Assert.True(correct >= 76, $"{correct} of {texts.Count} unseen texts nearest their centroid");
    }

    [Fact]
    public void Loss_falls_during_training()
    {
        var losses = Trained.Value.EpochLosses;

        Assert.Equal(Options.Epochs, losses.Count);
        Assert.True(losses[^1] < 0.7 * losses[0], $"losses {string.Join(", ", losses)}");
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var small = new PlantedCatalog(textsPerCluster: 10, dimension: 8, seed: 5);
        var vocab = VocabularyBuilder.Build(small.Texts, maxSize: 300, minCount: 1);
        var options = new EncoderTrainingOptions(Hidden: 16, Epochs: 2, BatchSize: 16, MaxTokens: MaxTokens);

        var first = EncoderTrainer.Train(vocab, small.Pairs, small.Targets, 8, options);
        var second = EncoderTrainer.Train(vocab, small.Pairs, small.Targets, 8, options);
        var other = EncoderTrainer.Train(vocab, small.Pairs, small.Targets, 8, options with { Seed = 8 });

        Assert.Equal(first.Embeddings, second.Embeddings);
        Assert.Equal(first.W1, second.W1);
        Assert.Equal(first.W2, second.W2);
        Assert.Equal(first.B2, second.B2);
        Assert.NotEqual(first.W2, other.W2);
    }

    [Fact]
    public void Texts_sharing_a_target_in_one_batch_are_all_positives()
    {
        var small = new PlantedCatalog(textsPerCluster: 10, dimension: 8, seed: 6);
        var vocab = VocabularyBuilder.Build(small.Texts, maxSize: 300, minCount: 1);
        var byCluster = small.Texts.Select((text, i) => new TrainingPair(text, small.ClusterOf[i])).ToList();

        var weights = EncoderTrainer.Train(vocab, byCluster, small.Centroids, 8, new EncoderTrainingOptions(Hidden: 16, Epochs: 30, BatchSize: 16, MaxTokens: MaxTokens));
        var vectors = Encode(weights, small.Texts, vocab);

        var mean = Enumerable.Range(0, small.Texts.Count)
            .Average(i => PlantedCatalog.Cosine(vectors.AsSpan(i * 8, 8), small.Centroids.AsSpan(small.ClusterOf[i] * 8, 8)));
        Assert.True(mean > 0.9, $"mean cosine to own centroid {mean}");
    }

    [Fact]
    public void Progress_is_reported_up_to_one_and_cancellation_stops_training()
    {
        var small = new PlantedCatalog(textsPerCluster: 4, dimension: 4, seed: 1);
        var vocab = VocabularyBuilder.Build(small.Texts, maxSize: 300, minCount: 1);
        var options = new EncoderTrainingOptions(Hidden: 8, Epochs: 2, BatchSize: 8, MaxTokens: MaxTokens);
        var reports = new List<double>();

        EncoderTrainer.Train(vocab, small.Pairs, small.Targets, 4, options, new SynchronousProgress(reports.Add));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Equal(8, reports.Count);
        Assert.Equal(1.0, reports[^1]);
        Assert.Throws<OperationCanceledException>(() => EncoderTrainer.Train(vocab, small.Pairs, small.Targets, 4, options, ct: cancelled.Token));
    }

    [Fact]
    public void Bad_training_input_is_rejected_naming_what_is_wrong()
    {
        var vocab = VocabularyBuilder.Build(["tent lantern"], maxSize: 100, minCount: 1);
        float[] targets = [1, 0, 0, 0, 0, 0];
        var options = new EncoderTrainingOptions(Hidden: 4, Epochs: 1, BatchSize: 4);

        var outOfRange = Assert.Throws<ArgumentException>(() => EncoderTrainer.Train(vocab, [new("tent", 0), new("lantern", 3)], targets, 2, options));
        var zeroRow = Assert.Throws<ArgumentException>(() => EncoderTrainer.Train(vocab, [new("tent", 0), new("lantern", 1)], targets, 2, options));
        var ragged = Assert.Throws<ArgumentException>(() => EncoderTrainer.Train(vocab, [new("tent", 0)], targets, 4, options));

        Assert.Contains("pairs[1]", outOfRange.Message, StringComparison.Ordinal);
        Assert.Contains("targets row 1", zeroRow.Message, StringComparison.Ordinal);
        Assert.Contains("dim = 4", ragged.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => EncoderTrainer.Train(vocab, [], targets, 2, options));
    }

    [Fact]
    public void Train_and_write_produces_files_the_encoder_loads()
    {
        using var directory = new TemporaryDirectory();
        var small = new PlantedCatalog(textsPerCluster: 6, dimension: 8, seed: 2);
        var options = new EncoderTrainingOptions(Hidden: 16, Epochs: 2, BatchSize: 16, MaxTokens: MaxTokens, VocabSize: 300);

        var metadata = EncoderTrainer.TrainAndWrite(small.Texts, small.Pairs, small.Targets, 8, options, directory.Path, "shop");
        using var encoder = OnnxTextEncoder.Create(new EncoderOptions(
            EncoderFiles.ModelPath(directory.Path, "shop"), EncoderFiles.VocabPath(directory.Path, "shop"), MaxTokens: MaxTokens));

        Assert.Equal(metadata, EncoderFiles.ReadMetadata(EncoderFiles.MetadataPath(directory.Path, "shop")));
        Assert.Equal(small.Pairs.Count, metadata.TrainingPairs);
        Assert.Equal(EncoderTrainer.Fingerprint(
            VocabularyBuilder.Build(small.Texts, 300), small.Pairs, small.Targets, 8, options), metadata.TrainingFingerprint);
        Assert.Equal(8, encoder.Dimension);
        Assert.Equal("CPU", encoder.ExecutionProvider);
        Assert.Equal(metadata.ModelName, encoder.ModelName);
    }

    [Fact]
    public void Fingerprint_changes_with_data_and_options_only()
    {
        var a = EncoderTrainer.Fingerprint(Vocab, Catalog.Pairs, Catalog.Targets, 16, Options);

        Assert.Equal(a, EncoderTrainer.Fingerprint(Vocab, Catalog.Pairs, Catalog.Targets, 16, Options));
        Assert.NotEqual(a, EncoderTrainer.Fingerprint(Vocab, Catalog.Pairs, Catalog.Targets, 16, Options with { Seed = 1 }));
        Assert.NotEqual(a, EncoderTrainer.Fingerprint(Vocab, Catalog.Pairs.Skip(1).ToList(), Catalog.Targets, 16, Options));
    }

    private static float[] Encode(EncoderWeights weights, IReadOnlyList<string> texts, IReadOnlyList<string>? vocab = null)
    {
        var tokenizer = TextTokenizer.FromVocabulary(vocab ?? Vocab, lowerCase: true);
        var (ids, mask) = tokenizer.EncodeBatch(texts, MaxTokens);
        return weights.Forward(ids, mask, texts.Count, ids.Length / texts.Count);
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
