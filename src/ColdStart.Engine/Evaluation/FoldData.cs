using ColdStart.Engine.Training;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>The training datasets the evaluator hands to an <see cref="IFoldTrainer"/>.</summary>
public static class FoldData
{
    /// <summary>
    /// The training side of a new-user fold: every item (same order), only the users not tested in the fold (renumbered
    /// in order), and their events. Test users are absent altogether, attributes included.
    /// </summary>
    public static Dataset ForNewUsers(Dataset data, NewUserFold fold)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(fold);
        var newIndex = new int[data.Users.Count];
        var users = new List<User>(data.Users.Count - fold.TestUsers.Count);
        for (int u = 0; u < data.Users.Count; u++)
        {
            newIndex[u] = fold.IsTestUser(u) ? -1 : users.Count;
            if (!fold.IsTestUser(u)) users.Add(data.Users[u]);
        }
        var events = new Event[fold.TrainingEvents.Count];
        for (int i = 0; i < events.Length; i++)
        {
            var e = fold.TrainingEvents[i];
            events[i] = e with { User = newIndex[e.User] };
        }
        return new Dataset($"{data.Name} (new-user fold {fold.Index + 1})", data.Items, users, events);
    }

    /// <summary>The training side of the new-item protocol: every item and user, without any event on a held-out item.</summary>
    public static Dataset ForNewItems(Dataset data, NewItemSplit split)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(split);
        return data with { Name = $"{data.Name} (new-item training)", Events = split.TrainingEvents };
    }

    /// <summary>
    /// Every item (same order) and every user except <paramref name="users"/> (renumbered in order), with the remaining
    /// users' events: a model trained on it has never seen the left-out users, attributes included.
    /// </summary>
    public static Dataset WithoutUsers(Dataset data, IReadOnlySet<int> users, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(users);
        var newIndex = new int[data.Users.Count];
        var kept = new List<User>(data.Users.Count);
        for (int u = 0; u < data.Users.Count; u++)
        {
            newIndex[u] = users.Contains(u) ? -1 : kept.Count;
            if (newIndex[u] >= 0) kept.Add(data.Users[u]);
        }
        var events = new List<Event>(data.Events.Count);
        foreach (var e in data.Events)
            if (newIndex[e.User] >= 0) events.Add(e with { User = newIndex[e.User] });
        return new Dataset($"{data.Name} ({name})", data.Items, kept, events);
    }
}
