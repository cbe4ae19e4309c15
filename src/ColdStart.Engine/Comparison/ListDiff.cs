using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Comparison;

/// <summary>
/// What moved between two ranked lists of items (best first; rank = position + 1), matched by item id: entered, left,
/// moved with both ranks, and how many kept their rank.
/// </summary>
public static class ListDiff
{
    public static ListChange Of(IReadOnlyList<Item> before, IReadOnlyList<Item> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = new Dictionary<string, int>(before.Count, StringComparer.Ordinal);
        for (int r = 0; r < before.Count; r++) old.TryAdd(before[r].Id, r + 1);
        var now = new HashSet<string>(StringComparer.Ordinal);
        var entered = new List<ListEntry>();
        var moved = new List<ListEntry>();
        int kept = 0;
        for (int r = 0; r < after.Count; r++)
        {
            var item = after[r];
            if (!now.Add(item.Id)) continue;
            if (!old.TryGetValue(item.Id, out int was)) entered.Add(new ListEntry(item.Id, item.Title, null, r + 1));
            else if (was != r + 1) moved.Add(new ListEntry(item.Id, item.Title, was, r + 1));
            else kept++;
        }
        var left = new List<ListEntry>();
        for (int r = 0; r < before.Count; r++)
            if (!now.Contains(before[r].Id) && old[before[r].Id] == r + 1) left.Add(new ListEntry(before[r].Id, before[r].Title, r + 1, null));
        return new ListChange(entered, left, moved, kept);
    }
}
