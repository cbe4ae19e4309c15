using System.Diagnostics;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;

namespace ColdStart.Engine.Training;

/// <summary>Trains a <see cref="ModelSnapshot"/> from a dataset and a (loaded) text encoder.</summary>
public static class SnapshotBuilder
{
    /// <summary>
    /// ALS on the events; popularity and freshness priors; attribute model; encodes every item and user text; fits
    /// semantic → collaborative maps; predicts collaborative rows of cold items from their text; builds the catalog index.
    /// </summary>
    /// <exception cref="ArgumentException">The dataset has no items.</exception>
    /// <param name="data">The dataset.</param>
    /// <param name="encoder">A loaded text encoder (shared, not owned by the snapshot).</param>
    /// <param name="options">Training options.</param>
    /// <param name="progress">Progress lines.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="trained">ALS already trained on exactly this dataset and options (e.g. by <see cref="ModelTraining.Train"/>), to skip retraining it.</param>
    public static ModelSnapshot Build(Dataset data, ITextEncoder encoder, TrainingOptions options,
        IProgress<string>? progress = null, CollaborativeModel? trained = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(options);
        if (data.Items.Count == 0) throw new ArgumentException($"Dataset '{data.Name}' has no items: nothing to train on.", nameof(data));
        var clock = Stopwatch.StartNew();

        progress?.Report("Training collaborative model (weighted ALS)");
        var matrix = InteractionMatrix.From(data, options.Weights);
        var als = trained is { } given && given.ItemCount == data.Items.Count && given.UserCount == data.Users.Count
            ? given
            : AlsTrainer.Train(matrix, options.Als, null, ct);
        var popularity = PopularityModel.Build(data, options.Weights, options.PopularityHalfLifeDays, options.FreshnessHalfLifeDays);
        ct.ThrowIfCancellationRequested();

        var itemSemantic = EncodeInChunks(encoder, data.Items.Select(i => i.Text).ToList(), "item", progress, ct);
        var (collaborative, attributes, textToUser, textToItem, cold) = FitCollaborative(data, matrix, als, encoder, itemSemantic, options, progress, ct);

        progress?.Report("Building the item-to-item neighbours and the lexical index");
        var neighbours = ItemNeighbours.Build(data, options.EffectiveNeighbours, ct);
        var lexical = LexicalIndex.Build(data.Items);
        var catalog = CatalogIndex.Create(data.Items, VectorSpace.Create(collaborative.ItemFactors, collaborative.Factors),
            VectorSpace.Create(itemSemantic, encoder.Dimension), popularity.Popularity, popularity.Freshness, neighbours, lexical, cold);
        progress?.Report($"Model ready in {clock.Elapsed.TotalSeconds:0.0} s");
        return new ModelSnapshot(data, collaborative, attributes, popularity, encoder, textToUser, textToItem, catalog, cold,
            options, DatasetFingerprint.Compute(data), clock.Elapsed);
    }

    /// <summary>
    /// The same snapshot with the priors and the neighbour model rebuilt for other settings (popularity and freshness
    /// half-lives, neighbour options): no text encoding of items, so tuning can afford it. When the ALS settings of
    /// <paramref name="options"/> differ from the snapshot's, the collaborative model is retrained with them and the
    /// attribute model and the text → collaborative maps are refitted (user texts are encoded again; item texts are not);
    /// otherwise the snapshot's collaborative model is kept.
    /// </summary>
    public static ModelSnapshot Rebuild(ModelSnapshot snapshot, TrainingOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var data = snapshot.Dataset;
        var kept = options;
        var (collaborative, attributes, textToUser, textToItem, cold) = options.Als == snapshot.Options.Als
            ? (snapshot.Collaborative, snapshot.Attributes, snapshot.TextToUser, snapshot.TextToItem, snapshot.ColdItems)
            : Retrain(data, snapshot, options, ct);
        var popularity = PopularityModel.Build(data, kept.Weights, kept.PopularityHalfLifeDays, kept.FreshnessHalfLifeDays);
        var wanted = kept.EffectiveNeighbours;
        var neighbours = snapshot.Catalog.Neighbours is { } same && same.Options with { RecencyDecay = wanted.RecencyDecay } == wanted
            ? same.WithOptions(wanted)
            : ItemNeighbours.Build(data, wanted, ct);
        var old = snapshot.Catalog;
        var collaborativeRows = ReferenceEquals(collaborative, snapshot.Collaborative)
            ? old.Collaborative
            : VectorSpace.Create(collaborative.ItemFactors, collaborative.Factors);
        var catalog = CatalogIndex.Create(old.Items, collaborativeRows, old.Semantic, popularity.Popularity, popularity.Freshness,
            neighbours, old.Lexical, cold);
        return new ModelSnapshot(data, collaborative, attributes, popularity, snapshot.Encoder, textToUser,
            textToItem, catalog, cold, kept, snapshot.Fingerprint, snapshot.TrainingTime + clock.Elapsed);
    }

    private static (CollaborativeModel, AttributeModel, LinearMap, LinearMap, bool[]) Retrain(Dataset data, ModelSnapshot snapshot, TrainingOptions options, CancellationToken ct)
    {
        var matrix = InteractionMatrix.From(data, options.Weights);
        var als = AlsTrainer.Train(matrix, options.Als, null, ct);
        return FitCollaborative(data, matrix, als, snapshot.Encoder, snapshot.Catalog.Semantic.Rows, options, null, ct);
    }

    /// <summary>
    /// From a trained ALS model: the attribute model, the semantic → collaborative maps (items with events; historical
    /// users' texts), and the collaborative model whose cold items' rows are predicted from their text.
    /// </summary>
    private static (CollaborativeModel Collaborative, AttributeModel Attributes, LinearMap TextToUser, LinearMap TextToItem, bool[] Cold) FitCollaborative(
        Dataset data, InteractionMatrix matrix, CollaborativeModel als, ITextEncoder encoder, float[] itemSemantic, TrainingOptions options,
        IProgress<string>? progress, CancellationToken ct)
    {
        var attributes = AttributeModel.Train(data.Users, als, options.AttributeRidge);
        var cold = new bool[data.Items.Count];
        for (int i = 0; i < cold.Length; i++) cold[i] = matrix.UsersOf(i).IsEmpty;
        var textToItem = FitMap(itemSemantic, encoder.Dimension, als.ItemFactors, als.Factors, Select(cold, false), options.TextRidge);
        var itemRows = (float[])als.ItemFactors.Clone();
        for (int i = 0; i < cold.Length; i++)
            if (cold[i]) textToItem.Apply(itemSemantic.AsSpan(i * encoder.Dimension, encoder.Dimension), itemRows.AsSpan(i * als.Factors, als.Factors));
        ct.ThrowIfCancellationRequested();

        var activeUsers = Enumerable.Range(0, data.Users.Count).Where(u => !matrix.ItemsOf(u).IsEmpty).ToArray();
        var userTexts = ProfileText.ForUsers(data);
        var userSemantic = EncodeInChunks(encoder, activeUsers.Select(u => userTexts[u]).ToList(), "user", progress, ct);
        var userTargets = new float[activeUsers.Length * als.Factors];
        for (int r = 0; r < activeUsers.Length; r++) als.UserVector(activeUsers[r]).CopyTo(userTargets.AsSpan(r * als.Factors));
        var textToUser = activeUsers.Length > 0
            ? LinearMap.Fit(userSemantic, activeUsers.Length, encoder.Dimension, userTargets, als.Factors, options.TextRidge)
            : textToItem;
        return (als.WithItemFactors(itemRows), attributes, textToUser, textToItem, cold);
    }

    /// <summary>Texts per progress line (and cancellation check) while encoding: a slow drop-in encoder takes minutes for a catalog.</summary>
    internal const int EncodeChunk = 2048;

    /// <summary>Encodes <paramref name="texts"/> in chunks, reporting "Encoding item texts: done / total" after each.</summary>
    private static float[] EncodeInChunks(ITextEncoder encoder, List<string> texts, string kind, IProgress<string>? progress, CancellationToken ct)
    {
        int dim = encoder.Dimension;
        var result = new float[texts.Count * dim];
        progress?.Report($"Encoding {texts.Count:N0} {kind} texts");
        var chunk = new List<string>(EncodeChunk);
        for (int start = 0; start < texts.Count; start += EncodeChunk)
        {
            ct.ThrowIfCancellationRequested();
            chunk.Clear();
            for (int i = start; i < Math.Min(texts.Count, start + EncodeChunk); i++) chunk.Add(texts[i]);
            encoder.Encode(chunk).CopyTo(result.AsSpan(start * dim));
            progress?.Report($"Encoding {kind} texts: {start + chunk.Count:N0} / {texts.Count:N0}");
        }
        return result;
    }

    private static int[] Select(bool[] flags, bool value) => Enumerable.Range(0, flags.Length).Where(i => flags[i] == value).ToArray();

    private static LinearMap FitMap(float[] x, int inDim, float[] y, int outDim, int[] rows, float lambda)
    {
        var xs = new float[rows.Length * inDim];
        var ys = new float[rows.Length * outDim];
        for (int r = 0; r < rows.Length; r++)
        {
            x.AsSpan(rows[r] * inDim, inDim).CopyTo(xs.AsSpan(r * inDim));
            y.AsSpan(rows[r] * outDim, outDim).CopyTo(ys.AsSpan(r * outDim));
        }
        return LinearMap.Fit(xs, rows.Length, inDim, ys, outDim, lambda);
    }
}
