using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Sparse users × items matrix of summed event weights, stored twice: user-major (CSR) for the user half-step of ALS
/// and item-major (CSC) for the item half-step. Duplicate (user, item) pairs are summed; pairs whose sum is 0 are dropped.
/// Within a row (or column) indices are ascending. Immutable.
/// </summary>
public sealed class InteractionMatrix
{
    private readonly int[] _userStart;
    private readonly int[] _userItems;
    private readonly float[] _userWeights;
    private readonly int[] _itemStart;
    private readonly int[] _itemUsers;
    private readonly float[] _itemWeights;

    private InteractionMatrix(int users, int items, int[] userStart, int[] userItems, float[] userWeights)
    {
        Users = users;
        Items = items;
        _userStart = userStart;
        _userItems = userItems;
        _userWeights = userWeights;
        (_itemStart, _itemUsers, _itemWeights) = Transpose(users, items, userStart, userItems, userWeights);
    }

    /// <summary>Number of rows (users).</summary>
    public int Users { get; }

    /// <summary>Number of columns (items).</summary>
    public int Items { get; }

    /// <summary>Number of distinct (user, item) pairs with a positive summed weight.</summary>
    public int NonZeros => _userItems.Length;

    /// <summary>
    /// Builds the matrix from a dataset's events, weighting each event by <paramref name="weights"/>.
    /// Searches (and any event type weighted 0) are ignored; events whose user or item index is out of range are skipped.
    /// </summary>
    public static InteractionMatrix From(Dataset data, EventWeights weights)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weights);
        weights.Validate();
        int users = data.Users.Count, items = data.Items.Count;
        var triples = new TripleBuffer(data.Events.Count);
        foreach (var e in data.Events)
        {
            float w = weights.For(e.Type);
            if (w > 0 && (uint)e.User < (uint)users && (uint)e.Item < (uint)items)
            {
                triples.Add(e.User, e.Item, w);
            }
        }

        return Build(users, items, triples);
    }

    /// <summary>Builds the matrix from explicit (user, item, weight) entries; duplicates are summed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative or an entry's index is out of range.</exception>
    /// <exception cref="ArgumentException">A weight is negative, NaN or infinite.</exception>
    public static InteractionMatrix From(int users, int items, IEnumerable<(int User, int Item, float Weight)> entries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        ArgumentNullException.ThrowIfNull(entries);
        var triples = new TripleBuffer(entries is ICollection<(int, int, float)> c ? c.Count : 16);
        int index = 0;
        foreach (var (user, item, weight) in entries)
        {
            if ((uint)user >= (uint)users)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), $"Entry {index}: user {user} is outside 0..{users - 1}.");
            }

            if ((uint)item >= (uint)items)
            {
                throw new ArgumentOutOfRangeException(nameof(entries), $"Entry {index}: item {item} is outside 0..{items - 1}.");
            }

            if (!float.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"Entry {index}: weight must be a finite number ≥ 0, got {weight}."), nameof(entries));
            }

            if (weight > 0)
            {
                triples.Add(user, item, weight);
            }

            index++;
        }

        return Build(users, items, triples);
    }

    /// <summary>Items the user interacted with, ascending.</summary>
    public ReadOnlySpan<int> ItemsOf(int user) => _userItems.AsSpan(RowRange(user));

    /// <summary>Summed weights aligned with <see cref="ItemsOf"/>.</summary>
    public ReadOnlySpan<float> WeightsOf(int user) => _userWeights.AsSpan(RowRange(user));

    /// <summary>Users who interacted with the item, ascending.</summary>
    public ReadOnlySpan<int> UsersOf(int item) => _itemUsers.AsSpan(ColumnRange(item));

    /// <summary>Summed weights aligned with <see cref="UsersOf"/>.</summary>
    public ReadOnlySpan<float> UserWeightsOf(int item) => _itemWeights.AsSpan(ColumnRange(item));

    private Range RowRange(int user)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)user, (uint)Users, nameof(user));
        return _userStart[user].._userStart[user + 1];
    }

    private Range ColumnRange(int item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)item, (uint)Items, nameof(item));
        return _itemStart[item].._itemStart[item + 1];
    }

    /// <summary>Counting sort by user, then sort and merge each row by item.</summary>
    private static InteractionMatrix Build(int users, int items, TripleBuffer t)
    {
        var start = new int[users + 1];
        for (int k = 0; k < t.Count; k++)
        {
            start[t.Users[k] + 1]++;
        }

        for (int u = 0; u < users; u++)
        {
            start[u + 1] += start[u];
        }

        var cursor = start[..^1];
        var rowItems = new int[t.Count];
        var rowWeights = new float[t.Count];
        for (int k = 0; k < t.Count; k++)
        {
            int slot = cursor[t.Users[k]]++;
            rowItems[slot] = t.Items[k];
            rowWeights[slot] = t.Weights[k];
        }

        var compactStart = new int[users + 1];
        int written = 0;
        for (int u = 0; u < users; u++)
        {
            written = MergeRow(rowItems, rowWeights, start[u], start[u + 1], written);
            compactStart[u + 1] = written;
        }

        return new InteractionMatrix(users, items, compactStart, rowItems[..written], rowWeights[..written]);
    }

    /// <summary>Sorts one row by item, sums duplicates and moves the result down to <paramref name="write"/>.</summary>
    private static int MergeRow(int[] itemsOf, float[] weightsOf, int from, int to, int write)
    {
        itemsOf.AsSpan(from, to - from).Sort(weightsOf.AsSpan(from, to - from));
        for (int k = from; k < to; k++)
        {
            if (write > 0 && k > from && itemsOf[write - 1] == itemsOf[k])
            {
                weightsOf[write - 1] += weightsOf[k];
                continue;
            }

            itemsOf[write] = itemsOf[k];
            weightsOf[write] = weightsOf[k];
            write++;
        }

        return write;
    }

    private static (int[] Start, int[] Users, float[] Weights) Transpose(int users, int items, int[] rowStart, int[] rowItems, float[] rowWeights)
    {
        var start = new int[items + 1];
        foreach (int i in rowItems)
        {
            start[i + 1]++;
        }

        for (int i = 0; i < items; i++)
        {
            start[i + 1] += start[i];
        }

        var cursor = start[..^1];
        var columnUsers = new int[rowItems.Length];
        var columnWeights = new float[rowItems.Length];
        for (int u = 0; u < users; u++)
        {
            for (int k = rowStart[u]; k < rowStart[u + 1]; k++)
            {
                int slot = cursor[rowItems[k]]++;
                columnUsers[slot] = u;
                columnWeights[slot] = rowWeights[k];
            }
        }

        return (start, columnUsers, columnWeights);
    }
}
