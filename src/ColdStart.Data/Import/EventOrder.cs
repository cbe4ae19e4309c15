using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>Orders imported events by time, keeping file order among equal timestamps.</summary>
internal static class EventOrder
{
    public static Event[] ByTime(List<Event> events)
    {
        var sorted = events.ToArray();
        var keys = new (long Time, int Position)[sorted.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = (sorted[i].Timestamp, i);
        Array.Sort(keys, sorted);
        return sorted;
    }
}
