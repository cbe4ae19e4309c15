namespace ColdStart.Engine.Scoring;

/// <summary>
/// Impressions and clicks per catalog item, kept in memory and updated from session events without retraining: the
/// evidence of the exploration posteriors. An item's click-through posterior is Beta(α₀ + clicks, β₀ + impressions −
/// clicks), where the prior (α₀, β₀) comes from its content-predicted score (see <see cref="ExplorationOptions"/>).
/// Thread-safe.
/// </summary>
public sealed class ExplorationState
{
    private readonly int[] _impressions;
    private readonly int[] _clicks;
    private readonly Lock _lock = new();

    /// <summary>An empty state for a catalog of <paramref name="itemCount"/> items.</summary>
    public ExplorationState(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        _impressions = new int[itemCount];
        _clicks = new int[itemCount];
    }

    public int ItemCount => _impressions.Length;

    /// <summary>The item was shown once.</summary>
    public void RecordImpression(int item)
    {
        Check(item);
        lock (_lock) _impressions[item]++;
    }

    /// <summary>The item was shown <paramref name="count"/> times (e.g. impressions restored from a store).</summary>
    public void RecordImpressions(int item, int count)
    {
        Check(item);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_lock) _impressions[item] = (int)Math.Min(int.MaxValue, (long)_impressions[item] + count);
    }

    /// <summary>The item was clicked (or bought) once.</summary>
    public void RecordClick(int item)
    {
        Check(item);
        lock (_lock) _clicks[item]++;
    }

    /// <summary>Impressions and clicks recorded for <paramref name="item"/>.</summary>
    public (int Impressions, int Clicks) Counts(int item)
    {
        Check(item);
        lock (_lock) return (_impressions[item], _clicks[item]);
    }

    /// <summary>The Beta posterior of the item's click-through given a prior mean and strength (pseudo-impressions).</summary>
    public (double Alpha, double Beta) Posterior(int item, double priorMean, double priorStrength)
    {
        var (impressions, clicks) = Counts(item);
        return (priorMean * priorStrength + clicks, (1 - priorMean) * priorStrength + Math.Max(0, impressions - clicks));
    }

    private void Check(int item)
    {
        if ((uint)item >= (uint)_impressions.Length)
            throw new ArgumentOutOfRangeException(nameof(item), item, $"Item index must be in [0, {_impressions.Length}).");
    }
}
