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

    private PopularityModel(float[] popularity, float[] freshness, Dictionary<string, float[]> segments)
    {
        Popularity = popularity;
        Freshness = freshness;
        _normalizedPopularity = Normalized(popularity);
        _segments = segments;
        Segments = [.. segments.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Per item, the time-decayed weighted event count (≥ 0).</summary>
    public float[] Popularity { get; }

    /// <summary>Per item in [0, 1]: 1 when launched on or after "now", halving every freshness half-life of age.</summary>
    public float[] Freshness { get; }

    /// <summary>The segments known to the model ("name=value", ordinal order).</summary>
    public IReadOnlyList<string> Segments { get; }

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
        var byKey = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (int s = 0; s < segmentKeys.Length; s++)
        {
            byKey[segmentKeys[s]] = Normalized(ToFloat(segments[s]));
        }

        return new PopularityModel(ToFloat(popularity), FreshnessOf(data, freshnessHalfLifeDays), byKey);
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

    private static float[] FreshnessOf(Dataset data, float halfLifeDays)
    {
        var now = data.Events.Count > 0
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(data.Now).UtcDateTime)
            : data.Items.Select(i => i.LaunchDate).DefaultIfEmpty(DateOnly.MinValue).Max();
        // An item without a launch date (imports store the Unix epoch) counts from its first interaction, and an item with
        // none at all is new: launched "now".
        var firstSeen = new long[data.Items.Count];
        Array.Fill(firstSeen, long.MaxValue);
        foreach (var e in data.Events)
            if ((uint)e.Item < (uint)firstSeen.Length && e.Timestamp < firstSeen[e.Item]) firstSeen[e.Item] = e.Timestamp;
        var freshness = new float[data.Items.Count];
        for (int i = 0; i < freshness.Length; i++)
        {
            var launch = data.Items[i].LaunchDate;
            if (launch == UnknownLaunch)
                launch = firstSeen[i] == long.MaxValue ? now : DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(firstSeen[i]).UtcDateTime);
            int age = now.DayNumber - launch.DayNumber;
            freshness[i] = age <= 0 ? 1f : (float)double.Exp2(-age / (double)halfLifeDays);
        }

        return freshness;
    }

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
