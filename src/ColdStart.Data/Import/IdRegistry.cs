namespace ColdStart.Data.Import;

/// <summary>External id → position, in order of registration; remembers the line of each id to name duplicates.</summary>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, (int Index, int Line)> _ids = new(StringComparer.Ordinal);

    public int Count => _ids.Count;

    /// <summary>Registers <paramref name="id"/>; false (with the line of the first occurrence) when already present.</summary>
    public bool TryAdd(string id, int line, out int firstLine)
    {
        if (_ids.TryGetValue(id, out var existing))
        {
            firstLine = existing.Line;
            return false;
        }

        _ids.Add(id, (_ids.Count, line));
        firstLine = line;
        return true;
    }

    /// <summary>The position of <paramref name="id"/>, if registered.</summary>
    public bool TryGetIndex(string id, out int index)
    {
        var found = _ids.TryGetValue(id, out var entry);
        index = entry.Index;
        return found;
    }
}
