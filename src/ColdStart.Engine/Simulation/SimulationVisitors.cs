using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Simulation;

/// <summary>
/// Held-out users who play the visitors, and the training data without them (leave-users-out, as the new-user protocol
/// does): the model that ranks for a visitor has never seen that visitor, attributes included.
/// </summary>
/// <param name="Training">Every item (same order), the other users and their events.</param>
/// <param name="Visitors">The held-out users as visitors, in a seeded random order.</param>
public sealed record SimulationVisitors(Dataset Training, IReadOnlyList<SimulatedVisitor> Visitors)
{
    /// <summary>Share of the eligible users held out (at most; never more than the sessions need).</summary>
    public const double HoldOutShare = 0.2;

    /// <summary>
    /// Holds out up to <paramref name="count"/> users (and at most 20 % of the eligible ones): with
    /// <paramref name="archetypes"/> any user, played by its archetype; without, users with positive interactions on
    /// <see cref="NewUserSplit.MinPositiveItems"/>+ items, replaying them.
    /// </summary>
    /// <exception cref="ArgumentException">No user can be held out.</exception>
    public static SimulationVisitors Create(Dataset data, int[]? archetypes, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (archetypes is not null && archetypes.Length != data.Users.Count)
            throw new ArgumentException($"{archetypes.Length} archetypes for {data.Users.Count} users.", nameof(archetypes));
        var wants = Wants(data);
        var eligible = new List<int>();
        for (int u = 0; u < data.Users.Count; u++)
            if (archetypes is not null || wants[u].Count >= NewUserSplit.MinPositiveItems) eligible.Add(u);
        if (eligible.Count < 2)
            throw new ArgumentException($"Dataset '{data.Name}' has {eligible.Count} users who could visit; a simulation needs at least 2 (one to train on).", nameof(data));
        var shuffled = eligible.ToArray();
        new Random(seed).Shuffle(shuffled);
        int take = Math.Clamp(Math.Min(count, (int)(HoldOutShare * shuffled.Length)), 1, shuffled.Length - 1);
        var held = shuffled[..take];
        var visitors = held.Select(u => new SimulatedVisitor(data.Users[u].Id, data.Users[u].Attributes,
            archetypes?[u] ?? -1, archetypes is null ? wants[u] : new Dictionary<int, bool>())).ToArray();
        var training = FoldData.WithoutUsers(data, new HashSet<int>(held), "simulation training");
        return new SimulationVisitors(training, visitors);
    }

    private static Dictionary<int, bool>[] Wants(Dataset data)
    {
        var wants = new Dictionary<int, bool>[data.Users.Count];
        for (int u = 0; u < wants.Length; u++) wants[u] = [];
        foreach (var e in data.Events)
        {
            if (!PositiveFeedback.IsPositive(e)) continue;
            var map = wants[e.User];
            map[e.Item] = (map.TryGetValue(e.Item, out bool bought) && bought) || e.Type == EventType.Purchase;
        }
        return wants;
    }
}
