using ColdStart.Engine.Collaborative;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Item-based nearest neighbours with fold-in of a new user's revealed items (Sarwar et al. 2001, "Item-based
/// collaborative filtering recommendation algorithms"; Deshpande &amp; Karypis 2004): items are compared by the cosine of
/// their binary user-incidence columns, cos(a, b) = |U(a) ∩ U(b)| / √(|U(a)| |U(b)|), and a new user's score for item j is
/// the sum of cos(r, j) over its revealed items r. Every neighbour counts (no neighbourhood cut-off). Immutable.
/// </summary>
/// <remarks>
/// Co-occurrences are computed on demand through the inverted lists of the interaction matrix, so memory stays that of
/// the matrix (no items × items table). Any event with a positive weight counts as one co-occurrence, whatever its weight.
/// </remarks>
public sealed class ItemKnn
{
    private readonly InteractionMatrix _matrix;

    /// <summary>Wraps the training interactions (users × items); only which pairs exist matters, not their weights.</summary>
    public ItemKnn(InteractionMatrix matrix) => _matrix = matrix ?? throw new ArgumentNullException(nameof(matrix));

    /// <summary>Number of items.</summary>
    public int ItemCount => _matrix.Items;

    /// <summary>Cosine similarity of two items' user sets; 0 when either has no users.</summary>
    public float Similarity(int a, int b)
    {
        CheckItem(a, nameof(a));
        CheckItem(b, nameof(b));
        var usersA = _matrix.UsersOf(a);
        var usersB = _matrix.UsersOf(b);
        if (usersA.IsEmpty || usersB.IsEmpty) return 0f;
        int common = 0;
        for (int i = 0, j = 0; i < usersA.Length && j < usersB.Length;)
        {
            if (usersA[i] == usersB[j]) { common++; i++; j++; }
            else if (usersA[i] < usersB[j]) i++;
            else j++;
        }
        return (float)(common / Math.Sqrt((double)usersA.Length * usersB.Length));
    }

    /// <summary>Per item, the sum of its cosine similarities to the <paramref name="revealed"/> items (duplicates count once).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A revealed index is outside the catalog.</exception>
    public float[] Score(ReadOnlySpan<int> revealed)
    {
        var scores = new float[_matrix.Items];
        var counts = new int[_matrix.Items];
        var touched = new List<int>();
        var done = new HashSet<int>();
        foreach (int r in revealed)
        {
            CheckItem(r, nameof(revealed));
            var users = _matrix.UsersOf(r);
            if (!done.Add(r) || users.IsEmpty) continue;
            foreach (int u in users)
                foreach (int j in _matrix.ItemsOf(u))
                    if (counts[j]++ == 0) touched.Add(j);
            foreach (int j in touched)
            {
                scores[j] += (float)(counts[j] / Math.Sqrt((double)users.Length * _matrix.UsersOf(j).Length));
                counts[j] = 0;
            }
            touched.Clear();
        }
        return scores;
    }

    /// <summary>
    /// The top <paramref name="length"/> items by <see cref="Score"/>, skipping <paramref name="excluded"/>; items with
    /// no similarity (all of them when nothing is revealed) are filled in the order of <paramref name="fallbackOrder"/>
    /// (e.g. most popular first). Ties break by the fallback order. Only items listed in <paramref name="fallbackOrder"/>
    /// are candidates, so it is normally a permutation of the catalog.
    /// </summary>
    public int[] Rank(ReadOnlySpan<int> revealed, int length, IReadOnlySet<int> excluded, IReadOnlyList<int> fallbackOrder)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(fallbackOrder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        var scores = Score(revealed);
        var ranked = new List<int>(length);
        var scored = new List<(float Score, int Order, int Item)>();
        for (int o = 0; o < fallbackOrder.Count; o++)
        {
            int item = fallbackOrder[o];
            if (scores[item] > 0 && !excluded.Contains(item)) scored.Add((scores[item], o, item));
        }
        scored.Sort((x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Order.CompareTo(y.Order));
        for (int s = 0; s < scored.Count && ranked.Count < length; s++) ranked.Add(scored[s].Item);
        for (int o = 0; o < fallbackOrder.Count && ranked.Count < length; o++)
        {
            int item = fallbackOrder[o];
            if (scores[item] <= 0 && !excluded.Contains(item)) ranked.Add(item);
        }
        return [.. ranked];
    }

    private void CheckItem(int item, string name)
    {
        if ((uint)item >= (uint)_matrix.Items)
            throw new ArgumentOutOfRangeException(name, item, $"Item index must be in [0, {_matrix.Items}).");
    }
}
