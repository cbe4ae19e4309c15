using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>One user's events in time order (dataset order among equal timestamps), and the reveal of its first k interactions.</summary>
internal sealed class UserTimeline(int user, Event[] events)
{
    public int User { get; } = user;

    /// <summary>
    /// The first <paramref name="k"/> item events and the later positive items not among them; null when the user
    /// has ≤ k item events or nothing relevant stays hidden.
    /// </summary>
    public RevealedUser? Reveal(int k)
    {
        var revealed = new List<Event>(k);
        var queries = new List<string>();
        var position = 0;
        for (; position < events.Length && revealed.Count < k; position++)
        {
            var e = events[position];
            if (e.Item >= 0) revealed.Add(e);
            else if (e.Query is { Length: > 0 } query) queries.Add(query);
        }

        var revealedItems = DistinctItems(revealed);
        var revealedSet = new HashSet<int>(revealedItems);
        var relevant = new HashSet<int>();
        for (; position < events.Length; position++)
        {
            var e = events[position];
            if (PositiveFeedback.IsPositive(e) && !revealedSet.Contains(e.Item)) relevant.Add(e.Item);
        }

        if (revealed.Count < k || relevant.Count == 0) return null;
        return new RevealedUser(User, k, revealed, revealedItems, queries, relevant);
    }

    /// <summary>Number of distinct items with a positive event.</summary>
    public int PositiveItemCount()
    {
        var items = new HashSet<int>();
        foreach (var e in events)
        {
            if (PositiveFeedback.IsPositive(e)) items.Add(e.Item);
        }

        return items.Count;
    }

    /// <summary>Timelines of all users of <paramref name="data"/>, indexed by user.</summary>
    public static UserTimeline[] All(Dataset data)
    {
        var lists = new List<Event>[data.Users.Count];
        for (var u = 0; u < lists.Length; u++) lists[u] = [];
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            if ((uint)e.User >= (uint)lists.Length)
                throw new ArgumentException($"Event {i} refers to user {e.User}, but the dataset has {lists.Length} users.", nameof(data));
            lists[e.User].Add(e);
        }

        var timelines = new UserTimeline[lists.Length];
        for (var u = 0; u < lists.Length; u++)
        {
            var ordered = lists[u].ToArray();
            var keys = new (long Time, int Position)[ordered.Length];
            for (var i = 0; i < keys.Length; i++) keys[i] = (ordered[i].Timestamp, i);
            Array.Sort(keys, ordered);
            timelines[u] = new UserTimeline(u, ordered);
        }

        return timelines;
    }

    private static int[] DistinctItems(List<Event> revealed)
    {
        var items = new List<int>(revealed.Count);
        foreach (var e in revealed)
        {
            if (!items.Contains(e.Item)) items.Add(e.Item);
        }

        return items.ToArray();
    }
}
