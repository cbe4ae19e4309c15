using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Non-personal priors: time-decayed item popularity (each event weighs its event weight × 2^(−age / half-life), age measured
/// back from <see cref="Dataset.Now"/>), freshness of each item's launch date, and the same popularity per user segment
/// (one segment per attribute "name=value" with at least 3 historical users). Immutable.
/// </summary>
/// <remarks>Defaults: popularity half-life 14 days, freshness half-life 30 days.</remarks>
public sealed class PopularityModel
{
    private const double SecondsPerDay = 86_400;

    private readonly float[] _normalizedPopularity;
    private readonly Dictionary<string, float[]> _segments; // "name=value" → normalised popularity
    private readonly Counts _counts;

    private PopularityModel(Counts counts)
    {
        _counts = counts;
        Popularity = ToFloat(counts.Global);
        Freshness = FreshnessOf(counts);
        _normalizedPopularity = Normalized(Popularity);
        _segments = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int s = 0; s < counts.SegmentKeys.Length; s++) _segments[counts.SegmentKeys[s]] = Normalized(ToFloat(counts.Segments[s]));
        Segments = [.. _segments.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Per item, the time-decayed weighted event count (≥ 0).</summary>
    public float[] Popularity { get; }

    /// <summary>Per item in [0, 1]: 1 when launched on or after "now", halving every freshness half-life of age.</summary>
    public float[] Freshness { get; }

    /// <summary>The segments known to the model ("name=value", ordinal order).</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>"Now" of the priors (Unix seconds): the latest event, built or applied online; 0 without events.</summary>
    public long Now => _counts.Now;

    /// <summary>
    /// Builds the priors. "Now" is <see cref="Dataset.Now"/>; a dataset without events takes the latest launch date as now.
    /// Events whose user or item index is out of range are skipped.
    /// </summary>
    /// <exception cref="ArgumentException">A half-life is not a finite positive number, or a weight is invalid.</exception>
    public static PopularityModel Build(Dataset data, EventWeights weights, float halfLifeDays = 14f, float freshnessHalfLifeDays = 30f)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weights);
        weights.Validate();
        CheckHalfLife(halfLifeDays, nameof(halfLifeDays));
        CheckHalfLife(freshnessHalfLifeDays, nameof(freshnessHalfLifeDays));
        var segmentKeys = Array.ConvertAll(AttributeKey.Supported(data.Users.Select(u => u.Attributes)), p => AttributeKey.Of(p.Name, p.Value));
        var (popularity, segments) = DecayedCounts(data, weights, halfLifeDays, segmentKeys);
        var firstSeen = new long[data.Items.Count];
        Array.Fill(firstSeen, long.MaxValue);
        foreach (var e in data.Events)
            if ((uint)e.Item < (uint)firstSeen.Length && e.Timestamp < firstSeen[e.Item]) firstSeen[e.Item] = e.Timestamp;
        var launches = data.Items.Select(i => i.LaunchDate).ToArray();
        return new PopularityModel(new Counts(popularity, segmentKeys, segments, launches, firstSeen, data.Now, data.Events.Count > 0,
            weights, halfLifeDays, freshnessHalfLifeDays));
    }

    /// <summary>
    /// The priors with <paramref name="events"/> added, as the next build would count them: "now" moves to the latest
    /// event (the counts so far decay by the time it moved), each event adds its weight decayed from the new now to the
    /// item's popularity and to that of the segments its visitor's attributes name, and an item without a launch date
    /// counts its age from its first event. A search (item −1) moves the clock only. Segments stay those of the build.
    /// Returns this model when there are no events.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An event's item is not in the catalog (and it is not a search).</exception>
    public PopularityModel WithEvents(IReadOnlyList<OnlineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return this;
        var c = _counts;
        long now = c.HasEvents ? Math.Max(c.Now, events.Max(e => e.Timestamp)) : events.Max(e => e.Timestamp);
        double decay = !c.HasEvents ? 1 : double.Exp2(-(now - c.Now) / SecondsPerDay / c.HalfLifeDays);
        var global = Array.ConvertAll(c.Global, v => v * decay);
        var segments = Array.ConvertAll(c.Segments, s => Array.ConvertAll(s, v => v * decay));
        var firstSeen = (long[])c.FirstSeen.Clone();
        var segmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < c.SegmentKeys.Length; s++) segmentIndex[c.SegmentKeys[s]] = s;
        foreach (var e in events)
        {
            if (e.Item < 0 && e.Type == EventType.Search) continue; // moves the clock only, as in a build
            if ((uint)e.Item >= (uint)global.Length)
                throw new ArgumentOutOfRangeException(nameof(events), e.Item, $"Item index must be in [0, {global.Length}).");
            if (e.Timestamp < firstSeen[e.Item]) firstSeen[e.Item] = e.Timestamp;
            float w = c.Weights.For(e.Type);
            if (w <= 0) continue;
            double value = w * double.Exp2(-Math.Max(0, now - e.Timestamp) / SecondsPerDay / c.HalfLifeDays);
            global[e.Item] += value;
            var seen = new HashSet<int>();
            foreach (var (name, v) in AttributeKey.Pairs(e.Attributes))
                if (segmentIndex.TryGetValue(AttributeKey.Of(name, v), out int s) && seen.Add(s)) segments[s][e.Item] += value;
        }
        return new PopularityModel(c with { Global = global, Segments = segments, FirstSeen = firstSeen, Now = now, HasEvents = true });
    }

    /// <summary>
    /// Per item, the average over the given attribute values of that segment's popularity normalised to a maximum of 1;
    /// the normalised global popularity when no attribute value is a known segment.
    /// </summary>
    public float[] SegmentPopularity(IReadOnlyDictionary<string, string> attributes)
    {
        var result = new float[Popularity.Length];
        int matched = 0;
        foreach (var (name, value) in AttributeKey.Pairs(attributes))
        {
            if (_segments.TryGetValue(AttributeKey.Of(name, value), out var segment))
            {
                System.Numerics.Tensors.TensorPrimitives.Add(result, segment, result);
                matched++;
            }
        }

        if (matched == 0)
        {
            _normalizedPopularity.CopyTo(result, 0);
            return result;
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(result, matched, result);
        return result;
    }

    /// <summary>Time-decayed weighted event counts per item, globally and per segment (segment s = users carrying segmentKeys[s]).</summary>
    private static (double[] Global, double[][] Segments) DecayedCounts(Dataset data, EventWeights weights, float halfLifeDays, string[] segmentKeys)
    {
        int items = data.Items.Count;
        var segmentsOfUser = SegmentsOfUsers(data.Users, segmentKeys);
        var global = new double[items];
        var segments = new double[segmentKeys.Length][];
        for (int s = 0; s < segments.Length; s++)
        {
            segments[s] = new double[items];
        }

        foreach (var e in data.Events)
        {
            float w = weights.For(e.Type);
            if (w <= 0 || (uint)e.Item >= (uint)items || (uint)e.User >= (uint)data.Users.Count)
            {
                continue;
            }

            double value = w * double.Exp2(-Math.Max(0, data.Now - e.Timestamp) / SecondsPerDay / halfLifeDays);
            global[e.Item] += value;
            foreach (int s in segmentsOfUser[e.User])
            {
                segments[s][e.Item] += value;
            }
        }

        return (global, segments);
    }

    /// <summary>The launch date importers store when none is known.</summary>
    public static DateOnly UnknownLaunch { get; } = new(1970, 1, 1);

    private static float[] FreshnessOf(Counts c)
    {
        var now = c.HasEvents
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(c.Now).UtcDateTime)
            : c.Launches.DefaultIfEmpty(DateOnly.MinValue).Max();
        // An item without a launch date (imports store the Unix epoch) counts from its first interaction, and an item with
        // none at all is new: launched "now".
        var freshness = new float[c.Launches.Length];
        for (int i = 0; i < freshness.Length; i++)
        {
            var launch = c.Launches[i];
            if (launch == UnknownLaunch)
                launch = c.FirstSeen[i] == long.MaxValue ? now : DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(c.FirstSeen[i]).UtcDateTime);
            int age = now.DayNumber - launch.DayNumber;
            freshness[i] = age <= 0 ? 1f : (float)double.Exp2(-age / (double)c.FreshnessHalfLifeDays);
        }

        return freshness;
    }

    /// <summary>What the priors are computed from, kept so that online events can be added (<see cref="WithEvents"/>).</summary>
    /// <param name="Global">Per item, decayed weighted event counts at <paramref name="Now"/>.</param>
    /// <param name="SegmentKeys">The segments ("name=value").</param>
    /// <param name="Segments">Per segment, per item, the same counts for its users' events.</param>
    /// <param name="Launches">Per item, its launch date (<see cref="UnknownLaunch"/> when unknown).</param>
    /// <param name="FirstSeen">Per item, its first event's time, <see cref="long.MaxValue"/> when none.</param>
    /// <param name="Now">The latest event's time, 0 without events.</param>
    /// <param name="HasEvents">False for a dataset without events ("now" is then the latest launch date).</param>
    /// <param name="Weights">Event-type weights.</param>
    /// <param name="HalfLifeDays">Popularity half-life.</param>
    /// <param name="FreshnessHalfLifeDays">Freshness half-life.</param>
    private sealed record Counts(double[] Global, string[] SegmentKeys, double[][] Segments, DateOnly[] Launches, long[] FirstSeen, long Now, bool HasEvents,
        EventWeights Weights, float HalfLifeDays, float FreshnessHalfLifeDays);

    private static int[][] SegmentsOfUsers(IReadOnlyList<User> users, string[] segmentKeys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int s = 0; s < segmentKeys.Length; s++)
        {
            index[segmentKeys[s]] = s;
        }

        var result = new int[users.Count][];
        for (int u = 0; u < users.Count; u++)
        {
            result[u] = [.. AttributeKey.Pairs(users[u].Attributes)
                .Select(p => index.GetValueOrDefault(AttributeKey.Of(p.Name, p.Value), -1))
                .Where(s => s >= 0)
                .Distinct()];
        }

        return result;
    }

    private static float[] Normalized(float[] values)
    {
        var result = (float[])values.Clone();
        float max = values.Length == 0 ? 0f : System.Numerics.Tensors.TensorPrimitives.Max(values);
        if (max > 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Divide(result, max, result);
        }

        return result;
    }

    private static float[] ToFloat(double[] values) => Array.ConvertAll(values, v => (float)v);

    private static void CheckHalfLife(float days, string name)
    {
        if (!float.IsFinite(days) || days <= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"{name} must be a finite number of days > 0, got {days}."), name);
        }
    }
}
