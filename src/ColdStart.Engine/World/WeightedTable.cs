namespace ColdStart.Engine.World;

/// <summary>Draws an index with probability proportional to its weight (cumulative sums + binary search).</summary>
internal sealed class WeightedTable
{
    private readonly double[] _cumulative;

    public WeightedTable(ReadOnlySpan<double> weights)
    {
        _cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0 || double.IsNaN(weights[i]))
                throw new ArgumentException($"Weight {i} is {weights[i]}; weights must be non-negative.", nameof(weights));
            sum += weights[i];
            _cumulative[i] = sum;
        }
        if (sum <= 0)
            throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    public int Count => _cumulative.Length;

    public int Sample(WorldRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var lo = 0;
        var hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > target) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
