namespace ColdStart.Data.Storage;

/// <summary>Consistency checks on a dataset before it is written; each failure names the offending record.</summary>
internal static class DatasetCheck
{
    public static void Validate(WorkspaceContent content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Workspace);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Kind);
        var dataset = content.Dataset;
        CheckUnique(dataset.Items.Select(i => i.Id), "item");
        CheckUnique(dataset.Users.Select(u => u.Id), "user");
        CheckUnique((content.Personas ?? []).Select(p => p.Name), "persona");
        if (content.UserArchetypes is { } archetypes && archetypes.Count != dataset.Users.Count)
        {
            throw new ArgumentException(
                $"UserArchetypes has {archetypes.Count} entries but the dataset has {dataset.Users.Count} users.", nameof(content));
        }
        CheckEvents(dataset);
    }

    private static void CheckUnique(IEnumerable<string> ids, string what)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException($"The {what} at position {position} has an empty id or name.");
            if (!seen.TryAdd(id, position))
            {
                throw new ArgumentException($"The {what} id '{id}' appears twice (positions {seen[id]} and {position}).");
            }
            position++;
        }
    }

    private static void CheckEvents(Engine.Domain.Dataset dataset)
    {
        var items = dataset.Items.Count;
        var users = dataset.Users.Count;
        for (var i = 0; i < dataset.Events.Count; i++)
        {
            var e = dataset.Events[i];
            if ((uint)e.User >= (uint)users)
            {
                throw new ArgumentException($"Event {i} refers to user index {e.User}, but there are {users} users.");
            }
            if (e.Item < -1 || e.Item >= items)
            {
                throw new ArgumentException($"Event {i} refers to item index {e.Item}, but there are {items} items (-1 means none).");
            }
            if (!Import.ImportFields.IsInRange(e.Timestamp))
            {
                throw new ArgumentException($"Event {i} has timestamp {e.Timestamp}, outside the Unix seconds a date can show ({Import.ImportFields.MinUnixSeconds} to {Import.ImportFields.MaxUnixSeconds}).");
            }
        }
    }
}
