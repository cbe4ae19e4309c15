namespace ColdStart.Engine.Scoring;

/// <summary>
/// Keeps the best <c>capacity</c> (score, index) pairs seen, in a binary min-heap on plain arrays. Order is total and
/// deterministic: higher score first, then a fixed hash of the index (<see cref="TieKey"/>), so equal scores are not
/// ordered by catalog position (which often correlates with popularity or age).
/// </summary>
internal sealed class TopK
{
    private readonly float[] _scores;
    private readonly int[] _indices;

    public TopK(int capacity)
    {
        _scores = new float[Math.Max(capacity, 1)];
        _indices = new int[Math.Max(capacity, 1)];
    }

    public int Count { get; private set; }

    /// <summary>The score an item must beat to enter (−∞ until full).</summary>
    public float Threshold => Count < _scores.Length ? float.NegativeInfinity : _scores[0];

    public void Offer(float score, int index)
    {
        if (Count < _scores.Length)
        {
            int i = Count++;
            _scores[i] = score;
            _indices[i] = index;
            SiftUp(i);
        }
        else if (Better(score, index, _scores[0], _indices[0]))
        {
            _scores[0] = score;
            _indices[0] = index;
            SiftDown(0);
        }
    }

    /// <summary>The kept pairs, best first.</summary>
    public (float Score, int Index)[] Sorted()
    {
        var result = new (float Score, int Index)[Count];
        for (int i = 0; i < Count; i++) result[i] = (_scores[i], _indices[i]);
        Array.Sort(result, Compare);
        return result;
    }

    public static int Compare((float Score, int Index) a, (float Score, int Index) b) =>
        a.Score != b.Score ? b.Score.CompareTo(a.Score) : TieKey(a.Index).CompareTo(TieKey(b.Index));

    /// <summary>A bijective 32-bit mix of the index (a pseudo-random permutation): the tie-break order.</summary>
    public static uint TieKey(int index)
    {
        uint x = ((uint)index + 0x7F4A7C15u) * 0x9E3779B1u;
        x ^= x >> 16;
        x *= 0x85EBCA6Bu;
        x ^= x >> 13;
        return x;
    }

    private static bool Better(float s1, int i1, float s2, int i2) => s1 > s2 || (s1 == s2 && TieKey(i1) < TieKey(i2));

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            int parent = (i - 1) / 2;
            if (!Better(_scores[parent], _indices[parent], _scores[i], _indices[i])) break;
            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            int left = 2 * i + 1, right = left + 1, worst = i;
            if (left < Count && Better(_scores[worst], _indices[worst], _scores[left], _indices[left])) worst = left;
            if (right < Count && Better(_scores[worst], _indices[worst], _scores[right], _indices[right])) worst = right;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
        (_indices[a], _indices[b]) = (_indices[b], _indices[a]);
    }
}
