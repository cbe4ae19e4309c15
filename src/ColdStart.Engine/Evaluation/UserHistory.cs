using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>Each user's item events and searches in event order, to reveal a warm user's latest activity.</summary>
internal sealed class UserHistory
{
    /// <summary>Searches a new-item test user reveals at most (as many as a training user's text holds).</summary>
    public const int MaxQueries = 8;

    private readonly List<int>[] _items;
    private readonly List<string>[] _queries;

    private UserHistory(List<int>[] items, List<string>[] queries)
    {
        _items = items;
        _queries = queries;
    }

    /// <summary>Groups <paramref name="events"/> (in time order) by user.</summary>
    public static UserHistory From(IReadOnlyList<Event> events, int users)
    {
        var items = new List<int>[users];
        var queries = new List<string>[users];
        for (int u = 0; u < users; u++) (items[u], queries[u]) = ([], []);
        foreach (var e in events)
        {
            if ((uint)e.User >= (uint)users) continue;
            if (e.Item >= 0) items[e.User].Add(e.Item);
            else if (!string.IsNullOrWhiteSpace(e.Query)) queries[e.User].Add(e.Query);
        }
        return new UserHistory(items, queries);
    }

    /// <summary>Up to <paramref name="count"/> distinct items, latest interaction first.</summary>
    public int[] LatestItems(int user, int count) => LatestDistinct(_items[user], count, EqualityComparer<int>.Default);

    /// <summary>Every distinct item the user interacted with, ascending.</summary>
    public int[] AllItems(int user) => [.. _items[user].Distinct().Order()];

    /// <summary>Up to <paramref name="count"/> distinct searches, latest first.</summary>
    public string[] LatestQueries(int user, int count) => LatestDistinct(_queries[user], count, StringComparer.OrdinalIgnoreCase);

    private static T[] LatestDistinct<T>(List<T> values, int count, IEqualityComparer<T> comparer)
    {
        var seen = new HashSet<T>(comparer);
        var result = new List<T>(Math.Min(count, values.Count));
        for (int i = values.Count - 1; i >= 0 && result.Count < count; i--)
            if (seen.Add(values[i])) result.Add(values[i]);
        return [.. result];
    }
}
