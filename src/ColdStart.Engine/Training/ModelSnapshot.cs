using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;

namespace ColdStart.Engine.Training;

/// <summary>
/// Everything trained from one dataset, immutable: the collaborative model (cold items' rows predicted from text), the
/// attribute and popularity models, the text encoder, the semantic → collaborative maps, and the catalog index the
/// <see cref="Scorer"/> ranks. The workbench swaps whole snapshots by reference. The encoder is shared, not owned.
/// </summary>
public sealed class ModelSnapshot
{
    internal ModelSnapshot(Dataset dataset, CollaborativeModel collaborative, AttributeModel attributes, PopularityModel popularity,
        ITextEncoder encoder, LinearMap textToUser, LinearMap textToItem, CatalogIndex catalog, bool[] coldItems,
        TrainingOptions options, string fingerprint, TimeSpan trainingTime)
    {
        Dataset = dataset;
        Collaborative = collaborative;
        Attributes = attributes;
        Popularity = popularity;
        Encoder = encoder;
        TextToUser = textToUser;
        TextToItem = textToItem;
        Catalog = catalog;
        Scorer = new Scorer(catalog);
        ColdItems = coldItems;
        Options = options;
        Fingerprint = fingerprint;
        TrainingTime = trainingTime;
        Profiles = new ProfileBuilder(this);
        EventWatermark = dataset.EventWatermark;
    }

    public Dataset Dataset { get; }
    public CollaborativeModel Collaborative { get; }
    public AttributeModel Attributes { get; }
    public PopularityModel Popularity { get; }
    public ITextEncoder Encoder { get; }

    /// <summary>Semantic vector of a user text → collaborative user vector (ridge, fitted on historical users).</summary>
    public LinearMap TextToUser { get; }

    /// <summary>Semantic vector of an item → collaborative item vector (ridge, fitted on items with events).</summary>
    public LinearMap TextToItem { get; }

    public CatalogIndex Catalog { get; }
    public Scorer Scorer { get; }
    public ProfileBuilder Profiles { get; }

    /// <summary>True for items without any event in training; their collaborative rows are predicted from text.</summary>
    public bool[] ColdItems { get; }

    public TrainingOptions Options { get; }
    public string Fingerprint { get; }
    public TimeSpan TrainingTime { get; }

    /// <summary>
    /// How far into the store's event log this snapshot has seen: its dataset's <see cref="Dataset.EventWatermark"/>,
    /// moved on by <see cref="WithEvents"/>.
    /// </summary>
    public long EventWatermark { get; private init; }

    /// <summary>Encodes a persona and ranks the catalog for it.</summary>
    public RankResult Rank(Persona persona, Strategy strategy, int k) => Scorer.Rank(Profiles.Build(persona), strategy, k);

    /// <summary>
    /// A snapshot with one item replaced (e.g. after a tag edit): its text is re-encoded; a cold item's collaborative row
    /// is re-predicted from the new text, a warm item keeps its learned row.
    /// </summary>
    public ModelSnapshot WithItem(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Catalog.ItemById.TryGetValue(item.Id, out int index))
            throw new ArgumentException($"Unknown item '{item.Id}'.", nameof(item));
        var semantic = Encoder.Encode(item.Text);
        var collaborative = ColdItems[index] ? TextToItem.Apply(semantic) : Catalog.Collaborative.Row(index).ToArray();
        var catalog = Catalog.WithItem(index, item, semantic, collaborative);
        var items = Dataset.Items.ToArray();
        items[index] = item;
        return new ModelSnapshot(Dataset with { Items = items }, Collaborative, Attributes, Popularity, Encoder, TextToUser,
            TextToItem, catalog, ColdItems, Options, Fingerprint, TrainingTime) { EventWatermark = EventWatermark };
    }

    /// <summary>
    /// A snapshot with <paramref name="events"/> (stored after this one was built) counted in the popularity and
    /// freshness priors at once (<see cref="PopularityModel.WithEvents"/>), without retraining; the collaborative model
    /// and the set of new items stay as built until the next build. <paramref name="watermark"/> is how far into the
    /// event log the events reach.
    /// </summary>
    public ModelSnapshot WithEvents(IReadOnlyList<OnlineEvent> events, long watermark)
    {
        ArgumentNullException.ThrowIfNull(events);
        var popularity = Popularity.WithEvents(events);
        var catalog = ReferenceEquals(popularity, Popularity) ? Catalog : Catalog.WithPriors(popularity.Popularity, popularity.Freshness);
        return new ModelSnapshot(Dataset, Collaborative, Attributes, popularity, Encoder, TextToUser, TextToItem, catalog, ColdItems,
            Options, Fingerprint, TrainingTime) { EventWatermark = Math.Max(EventWatermark, watermark) };
    }
}
