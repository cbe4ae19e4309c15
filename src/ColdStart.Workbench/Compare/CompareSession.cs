using System.Diagnostics;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using ColdStart.Engine.Similarity;
using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Compare;

/// <summary>
/// The state of the Compare page without any UI: personas, working copies of the strategies, 2–4 columns, and the
/// results of ranking every column against one snapshot (cards with rank changes against column 1, overlap, diversity).
/// Profiles are cached per snapshot, so a strategy edit re-ranks without re-encoding.
/// </summary>
public sealed class CompareSession
{
    public const int MinColumns = 2;
    public const int MaxColumns = 4;

    private readonly Dictionary<string, Persona> _personas;
    private readonly Dictionary<string, Strategy> _strategies;
    private readonly Dictionary<string, Profile> _profiles = new(StringComparer.Ordinal);
    private ModelSnapshot? _profilesOf;
    private (string Persona, string Strategy)[] _rankedKeys = [];

    public CompareSession(IReadOnlyList<Persona> personas, IReadOnlyList<Strategy> strategies, int columns = 3)
    {
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(strategies);
        if (personas.Count == 0) throw new ArgumentException("The workspace has no personas to compare; create one on the Personas page.", nameof(personas));
        if (strategies.Count == 0) throw new ArgumentException("There are no strategies to compare.", nameof(strategies));
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, MinColumns);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(columns, MaxColumns);
        _personas = personas.ToDictionary(p => p.Name, StringComparer.Ordinal);
        _strategies = strategies.ToDictionary(s => s.Name, StringComparer.Ordinal);
        PersonaNames = [.. personas.Select(p => p.Name)];
        string first = strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name)?.Name ?? strategies[0].Name;
        for (int i = 0; i < columns; i++) Columns.Add(new CompareColumn(PersonaNames[i % PersonaNames.Count], first));
    }

    public IReadOnlyList<string> PersonaNames { get; }
    public IEnumerable<string> StrategyNames => _strategies.Keys.Order(StringComparer.Ordinal);
    public List<CompareColumn> Columns { get; } = [];
    public IReadOnlyList<ColumnResult> Results { get; private set; } = [];

    /// <summary>How many cards each column shows.</summary>
    public int TopN { get; set; } = 20;

    /// <summary>Time the last <see cref="Rank"/> took (all columns).</summary>
    public TimeSpan LastRankTime { get; private set; }

    /// <summary>The persona named <paramref name="name"/>, or null when the session has none of that name.</summary>
    public Persona? PersonaOf(string name) => _personas.GetValueOrDefault(name);

    public Strategy StrategyOf(string name) =>
        _strategies.TryGetValue(name, out var s) ? s : throw new KeyNotFoundException($"There is no strategy named '{name}'.");

    public bool CanAddColumn => Columns.Count < MaxColumns;
    public bool CanRemoveColumn => Columns.Count > MinColumns;

    public void AddColumn()
    {
        if (!CanAddColumn) throw new InvalidOperationException($"At most {MaxColumns} columns can be compared.");
        var last = Columns[^1];
        Columns.Add(new CompareColumn(PersonaNames[Columns.Count % PersonaNames.Count], last.StrategyName));
    }

    public void RemoveColumn(int index)
    {
        if (!CanRemoveColumn) throw new InvalidOperationException($"At least {MinColumns} columns are compared.");
        Columns.RemoveAt(index);
    }

    /// <summary>
    /// Shows <paramref name="personaName"/> in the first column; a column that already showed it takes over the first
    /// column's previous persona, so no persona appears twice where it did not before.
    /// </summary>
    public void ShowFirst(string personaName)
    {
        if (!_personas.ContainsKey(personaName)) throw new KeyNotFoundException($"There is no persona named '{personaName}'.");
        string previous = Columns[0].PersonaName;
        foreach (var column in Columns) if (column.PersonaName == personaName) column.PersonaName = previous;
        Columns[0].PersonaName = personaName;
    }

    /// <summary>Replaces the working copy of strategy <paramref name="name"/>; a new name renames it in every column.</summary>
    public void UpdateStrategy(string name, Strategy updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        if (!_strategies.ContainsKey(name)) throw new KeyNotFoundException($"There is no strategy named '{name}'.");
        if (updated.Name != name)
        {
            if (_strategies.ContainsKey(updated.Name)) throw new InvalidOperationException($"A strategy named '{updated.Name}' already exists.");
            _strategies.Remove(name);
            foreach (var column in Columns) if (column.StrategyName == name) column.StrategyName = updated.Name;
        }
        _strategies[updated.Name] = updated;
    }

    /// <summary>Adds a strategy (e.g. a duplicate) to the choices.</summary>
    public void AddStrategy(Strategy strategy)
    {
        if (!_strategies.TryAdd(strategy.Name, strategy)) throw new InvalidOperationException($"A strategy named '{strategy.Name}' already exists.");
    }

    /// <summary>"Pin": pins the card's item at its current rank in the column's strategy.</summary>
    public void Pin(int column, CompareCard card)
    {
        var name = Columns[column].StrategyName;
        UpdateStrategy(name, StrategyOf(name).WithPin(card.ItemId, card.Ranked.Rank));
    }

    /// <summary>How strongly a card's "Bury" pushes down: −1 added to the blended score of what it buries, per click.</summary>
    public const float BuryStrength = -1f;

    /// <summary>
    /// "Bury": buries what <paramref name="request"/> names in the column's strategy — the card's item itself (an item
    /// rule on its SKU), or every item sharing one of its tags, its brand or its department. Returns what was buried, in
    /// words.
    /// </summary>
    public string Bury(int column, BuryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = request.Card.Ranked.Item;
        Rule rule = request.Scope switch
        {
            BuryScope.Item => new ItemRule(item.Id, BuryStrength),
            BuryScope.Tag when request.Tag is { } tag && item.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase) => new TagRule(tag, BuryStrength),
            BuryScope.Tag => throw new InvalidOperationException($"Item '{item.Id}' has no tag '{request.Tag}' to bury by."),
            BuryScope.Brand when item.Brand.Length > 0 => new BrandRule(item.Brand, BuryStrength),
            BuryScope.Brand => throw new InvalidOperationException($"Item '{item.Id}' has no brand to bury by."),
            BuryScope.Department => new DepartmentRule(item.Department, BuryStrength),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Scope, "Unknown bury scope."),
        };
        var name = Columns[column].StrategyName;
        var strategy = StrategyOf(name);
        // Bury again buries further: the strengths add up (the rule is replaced by one of the summed strength).
        float strength = BuryStrength + strategy.Rules.Select(StrengthFor).Sum();
        rule = rule switch
        {
            ItemRule r => r with { Strength = strength },
            TagRule r => r with { Strength = strength },
            BrandRule r => r with { Strength = strength },
            DepartmentRule r => r with { Strength = strength },
            _ => rule,
        };
        UpdateStrategy(name, strategy.WithScoreRule(rule));
        string what = request.Scope switch
        {
            BuryScope.Item => $"Burying {item.Id} “{item.Title}”",
            BuryScope.Tag => $"Burying items tagged “{request.Tag}”",
            BuryScope.Brand => $"Burying brand “{item.Brand}”",
            _ => $"Burying department “{item.Department}”",
        };
        return strength == BuryStrength ? what : $"{what} further (strength {strength:0.##})";

        float StrengthFor(Rule existing) => (existing, rule) switch
        {
            (ItemRule e, ItemRule n) when string.Equals(e.ItemId, n.ItemId, StringComparison.Ordinal) => e.Strength,
            (TagRule e, TagRule n) when string.Equals(e.Tag, n.Tag, StringComparison.OrdinalIgnoreCase) => e.Strength,
            (BrandRule e, BrandRule n) when string.Equals(e.Brand, n.Brand, StringComparison.OrdinalIgnoreCase) => e.Strength,
            (DepartmentRule e, DepartmentRule n) when string.Equals(e.Department, n.Department, StringComparison.OrdinalIgnoreCase) => e.Strength,
            _ => 0,
        };
    }

    /// <summary>The persona × strategy of each column of <see cref="Results"/>.</summary>
    public IReadOnlyList<(string Persona, string Strategy)> RankedKeys => _rankedKeys;

    /// <summary>
    /// Takes <paramref name="results"/> (ranked for <paramref name="keys"/>, e.g. before the user left the page) as the
    /// lists before the next <see cref="Rank"/>, which then shows each card's move and parts against them.
    /// </summary>
    public void Resume(IReadOnlyList<(string Persona, string Strategy)> keys, IReadOnlyList<ColumnResult> results)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(results);
        if (keys.Count != results.Count) throw new ArgumentException("One key per result is needed.", nameof(keys));
        _rankedKeys = [.. keys];
        Results = results;
    }

    /// <summary>Ranks every column against <paramref name="snapshot"/> and fills <see cref="Results"/>.</summary>
    public void Rank(ModelSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var clock = Stopwatch.StartNew();
        if (!ReferenceEquals(snapshot, _profilesOf))
        {
            _profiles.Clear();
            _profilesOf = snapshot;
        }
        var raw = new (RankResult? Result, Profile? Profile, string? Error)[Columns.Count];
        for (int c = 0; c < Columns.Count; c++) raw[c] = RankColumn(snapshot, Columns[c]);
        var results = new ColumnResult[Columns.Count];
        var reference = raw[0].Result is { } first ? first.Items.Select(i => i.Item.Id).ToList() : null;
        var referenceRanks = reference is null ? null : RankingComparison.Ranks(reference);
        for (int c = 0; c < Columns.Count; c++)
        {
            var (result, profile, error) = raw[c];
            results[c] = result is null || profile is null
                ? ColumnResult.Failed(error ?? "The column could not be ranked.", profile?.Interactions ?? 0, profile)
                : Describe(snapshot, result, profile, c == 0 ? null : reference, c == 0 ? null : referenceRanks);
        }
        var keys = Columns.Select(c => (c.PersonaName, c.StrategyName)).ToArray();
        for (int c = 0; c < results.Length; c++)
            if (c < Results.Count && c < _rankedKeys.Length && _rankedKeys[c] == keys[c]) results[c] = WithMoves(results[c], Results[c]);
        _rankedKeys = keys;
        Results = results;
        LastRankTime = clock.Elapsed;
    }

    /// <summary>
    /// The cards of <paramref name="now"/> with their moves against <paramref name="before"/> (the same column's previous
    /// list). An unchanged list keeps the moves it had, so re-ranking for another column's sake does not erase them.
    /// </summary>
    private static ColumnResult WithMoves(ColumnResult now, ColumnResult before)
    {
        if (now.Error is not null || before.Error is not null || before.Cards.Count == 0) return now;
        var cards = new CompareCard[now.Cards.Count];
        if (SameList(now.Cards, before.Cards))
        {
            for (int i = 0; i < cards.Length; i++) cards[i] = now.Cards[i] with { Moved = before.Cards[i].Moved, Before = before.Cards[i].Before };
        }
        else
        {
            var ranks = RankingComparison.Ranks([.. before.Cards.Select(c => c.ItemId)]);
            var previous = before.Cards.ToDictionary(c => c.ItemId, c => c.Ranked, StringComparer.Ordinal);
            for (int i = 0; i < cards.Length; i++)
            {
                var card = now.Cards[i];
                cards[i] = card with { Moved = RankChange.Of(card.ItemId, card.Ranked.Rank, ranks), Before = previous.GetValueOrDefault(card.ItemId) };
            }
        }
        return now with { Cards = cards };
    }

    private static bool SameList(IReadOnlyList<CompareCard> a, IReadOnlyList<CompareCard> b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (a[i].ItemId != b[i].ItemId || !a[i].Ranked.Score.Equals(b[i].Ranked.Score)) return false;
        return true;
    }

    private (RankResult? Result, Profile? Profile, string? Error) RankColumn(ModelSnapshot snapshot, CompareColumn column)
    {
        if (!_personas.TryGetValue(column.PersonaName, out var persona)) return (null, null, $"There is no persona named '{column.PersonaName}'.");
        if (!_strategies.TryGetValue(column.StrategyName, out var strategy)) return (null, null, $"There is no strategy named '{column.StrategyName}'.");
        var weightErrors = strategy.Weights.Validate();
        if (weightErrors.Count == 0 && strategy.Schedule is { } schedule) weightErrors = schedule.Validate();
        if (weightErrors.Count > 0) return (null, null, string.Join(" ", weightErrors));
        if (!_profiles.TryGetValue(persona.Name, out var profile))
        {
            profile = snapshot.Profiles.Build(persona);
            _profiles[persona.Name] = profile;
        }
        try
        {
            return (snapshot.Scorer.Rank(profile, strategy, TopN), profile, null);
        }
        catch (ArgumentException ex)
        {
            return (null, profile, ex.Message);
        }
    }

    /// <summary>
    /// Blend sensitivity of column <paramref name="column"/> (its persona and its working copy of the strategy, unsaved
    /// edits included) along <paramref name="axis"/>: see <see cref="BlendSensitivity.Sweep"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The column's strategy is invalid.</exception>
    public BlendSweep Sweep(ModelSnapshot snapshot, int column, SweepAxis axis, int k)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var choice = Columns[column];
        if (!_personas.TryGetValue(choice.PersonaName, out var persona)) throw new KeyNotFoundException($"There is no persona named '{choice.PersonaName}'.");
        if (!ReferenceEquals(snapshot, _profilesOf))
        {
            _profiles.Clear();
            _profilesOf = snapshot;
        }
        if (!_profiles.TryGetValue(persona.Name, out var profile))
        {
            profile = snapshot.Profiles.Build(persona);
            _profiles[persona.Name] = profile;
        }
        return BlendSensitivity.Sweep(snapshot.Scorer, profile, StrategyOf(choice.StrategyName), axis, k);
    }

    private static ColumnResult Describe(
        ModelSnapshot snapshot, RankResult result, Profile profile, List<string>? reference, Dictionary<string, int>? referenceRanks)
    {
        var cards = new List<CompareCard>(result.Items.Count);
        var ids = new List<string>(result.Items.Count);
        var indices = new List<int>(result.Items.Count);
        RankedItem? above = null;
        foreach (var ranked in result.Items)
        {
            var change = referenceRanks is null ? default : RankChange.Of(ranked.Item.Id, ranked.Rank, referenceRanks);
            bool isNew = ranked.Index < snapshot.ColdItems.Length && snapshot.ColdItems[ranked.Index];
            bool reordered = above is not null && !above.Pinned && !ranked.Pinned && ranked.Score > above.Score;
            cards.Add(new CompareCard(ranked, isNew, change, ScoreSegment.Of(ranked.Explanation), reordered));
            above = ranked;
            ids.Add(ranked.Item.Id);
            indices.Add(ranked.Index);
        }
        double? overlap = reference is null ? null : RankingComparison.Overlap(reference, ids, Math.Max(reference.Count, ids.Count));
        double diversity = Metrics.IntraListDiversity(indices.ToArray(), snapshot.Catalog.Semantic.Cosine);
        return new ColumnResult(cards, overlap, diversity, profile.Warnings ?? [], result.Warnings, profile.EncodeTime, result.Candidates,
            Interactions: profile.Interactions, Profile: profile);
    }
}
