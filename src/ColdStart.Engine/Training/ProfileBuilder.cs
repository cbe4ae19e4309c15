using System.Diagnostics;
using System.Numerics.Tensors;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;

namespace ColdStart.Engine.Training;

/// <summary>
/// Turns a <see cref="Persona"/> into a <see cref="Profile"/> with one snapshot's models. It lives beside
/// <see cref="ModelSnapshot"/>, which composes it, so that <c>Profiles</c> (the scorer's input) depends on nothing trained.
/// Semantic vector: the persona text (attributes, interests, searches) encoded as a query, averaged with the seed items' semantic
/// rows. Collaborative vector: a prior — the mean of the attribute model's prediction and the text → user map — plus the
/// ALS fold-in of the seed items; the prior's share shrinks as 1 / (1 + seeds).
/// </summary>
public sealed class ProfileBuilder(ModelSnapshot snapshot)
{
    public Profile Build(Persona persona)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var clock = Stopwatch.StartNew();
        var catalog = snapshot.Catalog;
        var warnings = new List<string>();
        var seeds = ResolveSeeds(persona, catalog, warnings);
        var sources = new List<ProfileSource>();
        bool hasWords = HasWords(persona);
        var text = ProfileText.For(persona.Attributes, persona.Interests, persona.SeedSearches);
        // Ranked against item texts, the persona's words are a query (the encoder's query prefix, if any); the text → user
        // map was fitted on user texts encoded as documents, so it gets the plain encoding.
        float[]? queryVector = text.Length > 0 ? snapshot.Encoder.EncodeQuery(text) : null;
        float[]? textVector = text.Length > 0 && hasWords ? snapshot.Encoder.Encode(text) : null;

        var semantic = SemanticVector(queryVector, seeds, catalog, sources, hasWords);
        var collaborative = CollaborativeVector(persona, textVector, hasWords, seeds, sources);
        var known = persona.Attributes.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value);
        float[]? segment = known.Count > 0 ? CatalogIndex.Standardise(snapshot.Popularity.SegmentPopularity(known), logScale: true) : null;
        var words = string.Join(". ", new[] { persona.Interests }.Concat(persona.SeedSearches).Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Profile(persona.Name, semantic, collaborative, seeds, Terms(persona, seeds, catalog), sources, segment,
            clock.Elapsed, persona.BudgetMin, persona.BudgetMax, warnings, seeds, words.Length > 0 ? words : null);
    }

    /// <summary>
    /// Only the collaborative vector of <see cref="Build"/>, given the persona text's plain encoding (or null when the
    /// persona has no interests or searches): with the same encoder, callers that try several collaborative models for one
    /// persona (the tuner's ALS choice) encode its text once.
    /// </summary>
    internal float[] CollaborativeOnly(Persona persona, float[]? textVector)
    {
        var warnings = new List<string>();
        var seeds = ResolveSeeds(persona, snapshot.Catalog, warnings);
        bool hasWords = HasWords(persona);
        return CollaborativeVector(persona, hasWords ? textVector : null, hasWords, seeds, []);
    }

    /// <summary>The plain encoding of the persona's text that <see cref="Build"/> feeds the collaborative prior, or null without interests or searches.</summary>
    internal static float[]? PriorText(ITextEncoder encoder, Persona persona)
    {
        var text = ProfileText.For(persona.Attributes, persona.Interests, persona.SeedSearches);
        return text.Length > 0 && HasWords(persona) ? encoder.Encode(text) : null;
    }

    private static bool HasWords(Persona persona) =>
        !string.IsNullOrWhiteSpace(persona.Interests) || persona.SeedSearches.Any(s => !string.IsNullOrWhiteSpace(s));

    private static List<int> ResolveSeeds(Persona persona, CatalogIndex catalog, List<string> warnings)
    {
        var seeds = new List<int>();
        foreach (var id in persona.SeedItemIds)
        {
            if (catalog.ItemById.TryGetValue(id, out int index)) { if (!seeds.Contains(index)) seeds.Add(index); }
            else warnings.Add($"Seed item '{id}' is not in the catalog and was ignored.");
        }
        return seeds;
    }

    private static float[] SemanticVector(float[]? textVector, List<int> seeds, CatalogIndex catalog, List<ProfileSource> sources, bool hasWords)
    {
        var vector = new float[catalog.Semantic.Dimension];
        float textShare = textVector is null ? 0 : seeds.Count == 0 ? 1 : 0.5f;
        if (textVector is not null)
        {
            TensorPrimitives.MultiplyAdd(textVector, textShare, vector, vector);
            sources.Add(new("semantic", hasWords ? "attributes, interests and searches (encoded text)" : "attributes (encoded text)", textShare));
        }
        float seedShare = seeds.Count == 0 ? 0 : (1 - textShare) / seeds.Count;
        foreach (int s in seeds)
        {
            TensorPrimitives.MultiplyAdd(catalog.Semantic.Row(s), seedShare, vector, vector);
            sources.Add(new("semantic", $"seed item {catalog.Items[s].Id}", seedShare));
        }
        VectorSpace.Normalise(vector, vector);
        return vector;
    }

    private float[] CollaborativeVector(Persona persona, float[]? textVector, bool hasWords, List<int> seeds, List<ProfileSource> sources)
    {
        int dim = snapshot.Collaborative.Factors;
        var priors = new List<(string Input, float[] Vector)>();
        if (persona.Attributes.Any(a => !string.IsNullOrWhiteSpace(a.Value)))
            priors.Add(("attributes (attribute model)", snapshot.Attributes.Predict(persona.Attributes)));
        if (textVector is not null && hasWords)
            priors.Add(("interests and searches (text → collaborative map)", snapshot.TextToUser.Apply(textVector)));
        var vector = new float[dim];
        float priorScale = seeds.Count == 0 ? 1 : 1f / (1 + seeds.Count);
        float priorShare = priors.Count == 0 ? 0 : priorScale;
        foreach (var (input, prior) in priors)
        {
            TensorPrimitives.MultiplyAdd(prior, priorScale / priors.Count, vector, vector);
            sources.Add(new("collaborative", input, priorShare / priors.Count));
        }
        if (seeds.Count > 0)
        {
            var weights = Enumerable.Repeat(snapshot.Options.SeedWeight, seeds.Count).ToArray();
            TensorPrimitives.Add(vector, snapshot.Collaborative.FoldIn(seeds.ToArray(), weights), vector);
            foreach (int s in seeds)
                sources.Add(new("collaborative", $"seed item {snapshot.Catalog.Items[s].Id} (ALS fold-in)", (1 - priorShare) / seeds.Count));
        }
        return vector;
    }

    private static HashSet<string> Terms(Persona persona, List<int> seeds, CatalogIndex catalog)
    {
        var terms = new HashSet<string>(TextWords.Split(persona.Interests), StringComparer.Ordinal);
        foreach (var search in persona.SeedSearches) terms.UnionWith(TextWords.Split(search));
        foreach (int s in seeds) foreach (var tag in catalog.Items[s].Tags) terms.UnionWith(TextWords.Split(tag));
        return terms;
    }
}
