using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// The new-item protocol: a seeded share of the items with positive interactions is held out, all their events
/// are removed from training, and each user who interacted positively with held-out items becomes a test case.
/// </summary>
public sealed class NewItemSplit
{
    private readonly bool[] _isHeldOut;

    private NewItemSplit(bool[] isHeldOut, int[] heldOutItems, Event[] trainingEvents, NewItemCase[] cases)
    {
        _isHeldOut = isHeldOut;
        HeldOutItems = heldOutItems;
        TrainingEvents = trainingEvents;
        Cases = cases;
    }

    /// <summary>Held-out (cold) items, ascending.</summary>
    public IReadOnlyList<int> HeldOutItems { get; }

    /// <summary>Events on items that are not held out (searches included), in dataset order.</summary>
    public IReadOnlyList<Event> TrainingEvents { get; }

    /// <summary>Test cases, one per user with a positive interaction on a held-out item, by user ascending.</summary>
    public IReadOnlyList<NewItemCase> Cases { get; }

    /// <summary>True when <paramref name="item"/> is held out.</summary>
    public bool IsHeldOut(int item) => (uint)item < (uint)_isHeldOut.Length && _isHeldOut[item];

    /// <summary>Holds out round(<paramref name="itemShare"/> × the items with positive interactions), at least one.</summary>
    /// <remarks>Defaults: 10% of the items, seed 42.</remarks>
    public static NewItemSplit Create(Dataset data, double itemShare = 0.1, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(itemShare > 0 && itemShare < 1))
            throw new ArgumentOutOfRangeException(nameof(itemShare), itemShare, "The held-out item share must be in (0, 1).");

        var candidates = ItemsWithPositiveEvents(data);
        if (candidates.Length == 0) throw new ArgumentException("No item has a positive interaction; nothing can be held out.", nameof(data));
        new Random(seed).Shuffle(candidates);
        var count = Math.Max(1, (int)Math.Round(itemShare * candidates.Length, MidpointRounding.AwayFromZero));
        var heldOut = candidates[..count];
        Array.Sort(heldOut);
        var isHeldOut = new bool[data.Items.Count];
        foreach (var item in heldOut) isHeldOut[item] = true;

        var training = new List<Event>(data.Events.Count);
        var relevantByUser = new SortedDictionary<int, HashSet<int>>();
        foreach (var e in data.Events)
        {
            if (e.Item < 0 || !isHeldOut[e.Item]) training.Add(e);
            else if (PositiveFeedback.IsPositive(e))
            {
                if (!relevantByUser.TryGetValue(e.User, out var items)) relevantByUser[e.User] = items = [];
                items.Add(e.Item);
            }
        }

        var cases = relevantByUser.Select(p => new NewItemCase(p.Key, p.Value)).ToArray();
        return new NewItemSplit(isHeldOut, heldOut, training.ToArray(), cases);
    }

    private static int[] ItemsWithPositiveEvents(Dataset data)
    {
        var positive = new bool[data.Items.Count];
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            if (e.Item >= data.Items.Count)
                throw new ArgumentException($"Event {i} refers to item {e.Item}, but the dataset has {data.Items.Count} items.", nameof(data));
            if (PositiveFeedback.IsPositive(e)) positive[e.Item] = true;
        }

        var items = new List<int>();
        for (var i = 0; i < positive.Length; i++)
        {
            if (positive[i]) items.Add(i);
        }

        return items.ToArray();
    }
}
