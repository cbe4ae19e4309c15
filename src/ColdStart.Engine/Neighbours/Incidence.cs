using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Neighbours;

/// <summary>Binary user × item incidence (who interacted with what), stored user-major and item-major with sorted lists.</summary>
public sealed class Incidence
{
    private readonly int[][] _itemsOf;
    private readonly int[][] _usersOf;

    public Incidence(int users, int items, IEnumerable<(int User, int Item)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        Users = users;
        Items = items;
        var byUser = new List<int>[users];
        for (int u = 0; u < users; u++) byUser[u] = [];
        foreach (var (u, i) in pairs)
            if ((uint)u < (uint)users && (uint)i < (uint)items) byUser[u].Add(i);
        _itemsOf = new int[users][];
        var degree = new int[items];
        for (int u = 0; u < users; u++)
        {
            var list = byUser[u];
            list.Sort();
            _itemsOf[u] = [.. list.Distinct()];
            foreach (int i in _itemsOf[u]) degree[i]++;
        }
        _usersOf = new int[items][];
        for (int i = 0; i < items; i++) _usersOf[i] = new int[degree[i]];
        var fill = new int[items];
        for (int u = 0; u < users; u++)
            foreach (int i in _itemsOf[u]) _usersOf[i][fill[i]++] = u;
    }

    public int Users { get; }
    public int Items { get; }

    /// <summary>Pairs stored.</summary>
    public long Count => _itemsOf.Sum(l => (long)l.Length);

    public ReadOnlySpan<int> ItemsOf(int user) => _itemsOf[user];
    public ReadOnlySpan<int> UsersOf(int item) => _usersOf[item];

    /// <summary>
    /// The incidence of <paramref name="data"/>'s item events: positive ones only when <paramref name="positivesOnly"/>
    /// (falling back to every item event when the dataset has no positive one), else every item event.
    /// </summary>
    public static Incidence From(Dataset data, bool positivesOnly)
    {
        ArgumentNullException.ThrowIfNull(data);
        bool anyPositive = positivesOnly && data.Events.Any(e => PositiveFeedback.IsPositive(e));
        var pairs = data.Events.Where(e => e.Item >= 0 && (!anyPositive || PositiveFeedback.IsPositive(e))).Select(e => (e.User, e.Item));
        return new Incidence(data.Users.Count, data.Items.Count, pairs);
    }
}
