using ColdStart.Engine.Similarity;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Text;
using ColdStart.Engine.Text.Adapters;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>
/// One row of the free-text benchmark: how a text scores every item. Adding a row is one line, e.g.
/// <c>FreeTextRow.Encoder("MiniLM", encoder)</c>.
/// </summary>
public abstract class FreeTextRow(string name)
{
    /// <summary>Default name of <see cref="FoldEncoder"/>.</summary>
    public const string ProjectEncoderName = "Project encoder (trained per fold)";

    public string Name { get; } = name;

    /// <summary>True when the row ranks with a model trained per fold, without that fold's test users.</summary>
    public virtual bool NeedsFoldModel => false;

    /// <summary>A thread-safe scorer for <paramref name="fold"/>: text → one score per item (higher is better).</summary>
    public abstract Func<string, float[]> Prepare(FreeTextFold fold);

    /// <summary>TF-IDF match of the text against the item texts: the lexical component's query path (<see cref="Lexical.LexicalIndex"/>).</summary>
    public static FreeTextRow TfIdf(string name = "TF-IDF") => new TfIdfRow(name);

    /// <summary>
    /// Cosine between the encoded text and the items encoded by <paramref name="encoder"/>, which the caller keeps (a
    /// pretrained drop-in, shared by every fold: it never saw the data). Behind an embedding cache, items are encoded once ever.
    /// </summary>
    public static FreeTextRow Encoder(string name, ITextEncoder encoder) => new EncoderRow(name, encoder);

    /// <summary>The semantic space of each fold's snapshot: the project encoder trained on that fold's training users only.</summary>
    public static FreeTextRow FoldEncoder(string name = ProjectEncoderName) => new FoldEncoderRow(name);

    /// <summary>
    /// <paramref name="baseEncoder"/> (frozen, shared by every fold; put it behind an embedding cache so that its vectors
    /// are computed once) plus an adapter trained per fold on that fold's snapshot — its ALS vectors of the training users
    /// and of the items they used, the same targets as the project encoder (<see cref="ModelTraining.TrainAdapter"/>) — so
    /// no test person's interactions reach the adapter that ranks for them.
    /// </summary>
    /// <param name="name">Row name.</param>
    /// <param name="baseEncoder">The frozen encoder; the caller keeps it.</param>
    /// <param name="options">Adapter training options; null: <see cref="AdapterTrainer.DefaultOptions"/>.</param>
    /// <param name="baseShare">The adapter's <see cref="AdapterWeights.BaseShare"/>: 0 ranks in the adapted space alone.</param>
    public static FreeTextRow AdaptedEncoder(string name, ITextEncoder baseEncoder, EncoderTrainingOptions? options = null, float baseShare = 0f) =>
        new AdaptedEncoderRow(name, new FoldAdapters(baseEncoder, options), baseShare);

    /// <summary>
    /// One <see cref="AdaptedEncoder"/> row per base share, named "<paramref name="name"/> + adapter" (share 0) and
    /// "<paramref name="name"/> + adapter (base share s)"; the rows share each fold's trained adapter.
    /// </summary>
    public static IReadOnlyList<FreeTextRow> AdaptedEncoders(string name, ITextEncoder baseEncoder, IReadOnlyList<float> baseShares, EncoderTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseShares);
        var adapters = new FoldAdapters(baseEncoder, options);
        return [.. baseShares.Select(s => new AdaptedEncoderRow(
            s > 0f ? $"{name} + adapter (base share {s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)})" : $"{name} + adapter", adapters, s))];
    }

    /// <summary>
    /// Scores every row of <paramref name="items"/> by its cosine with the text encoded as a query (with the encoder's
    /// query prefix, if any; items are documents), the similarity module's cosine.
    /// </summary>
    private protected static Func<string, float[]> CosineScorer(ITextEncoder encoder, VectorSpace items) =>
        text => Cosines.ToRows(encoder.EncodeQuery(text), items);

    private sealed class TfIdfRow(string name) : FreeTextRow(name)
    {
        public override Func<string, float[]> Prepare(FreeTextFold fold) => text => fold.Lexical.Score([], text);
    }

    private sealed class EncoderRow(string name, ITextEncoder encoder) : FreeTextRow(name)
    {
        private readonly Lock _gate = new();
        private (IReadOnlyList<Domain.Item> Items, VectorSpace Space)? _encoded;

        public override Func<string, float[]> Prepare(FreeTextFold fold)
        {
            VectorSpace space;
            lock (_gate)
            {
                if (_encoded is not { } known || !ReferenceEquals(known.Items, fold.Items))
                    _encoded = known = (fold.Items, VectorSpace.Create(encoder.Encode(fold.Items.Select(i => i.Text).ToList()), encoder.Dimension));
                space = known.Space;
            }
            return CosineScorer(encoder, space);
        }
    }

    private sealed class AdaptedEncoderRow(string name, FoldAdapters adapters, float baseShare) : FreeTextRow(name)
    {
        public override bool NeedsFoldModel => true;

        public override Func<string, float[]> Prepare(FreeTextFold fold)
        {
            var snapshot = fold.Snapshot ?? throw new InvalidOperationException($"Row '{Name}' needs a model trained per fold.");
            var adapted = AdaptedTextEncoder.FromWeights(adapters.BaseEncoder, adapters.For(snapshot).WithBaseShare(baseShare));
            return CosineScorer(adapted, VectorSpace.Create(adapted.Encode(fold.Items.Select(i => i.Text).ToList()), adapted.Dimension));
        }
    }

    /// <summary>The adapter of the latest fold, trained once for all rows that share it.</summary>
    private sealed class FoldAdapters(ITextEncoder baseEncoder, EncoderTrainingOptions? options)
    {
        private readonly Lock _gate = new();
        private (ModelSnapshot Snapshot, AdapterWeights Adapter)? _latest;

        public ITextEncoder BaseEncoder { get; } = baseEncoder ?? throw new ArgumentNullException(nameof(baseEncoder));

        /// <summary>Trains on the fold's snapshot: its dataset (the fold's training people) and its ALS vectors.</summary>
        public AdapterWeights For(ModelSnapshot snapshot)
        {
            lock (_gate)
            {
                if (_latest is { } latest && ReferenceEquals(latest.Snapshot, snapshot)) return latest.Adapter;
                var matrix = InteractionMatrix.From(snapshot.Dataset, snapshot.Options.Weights);
                var (adapter, _) = ModelTraining.TrainAdapter(snapshot.Dataset, matrix, snapshot.Collaborative, BaseEncoder, options);
                _latest = (snapshot, adapter);
                return adapter;
            }
        }
    }

    private sealed class FoldEncoderRow(string name) : FreeTextRow(name)
    {
        public override bool NeedsFoldModel => true;

        public override Func<string, float[]> Prepare(FreeTextFold fold)
        {
            var snapshot = fold.Snapshot ?? throw new InvalidOperationException($"Row '{Name}' needs a model trained per fold.");
            return CosineScorer(snapshot.Encoder, snapshot.Catalog.Semantic);
        }
    }
}
