namespace ColdStart.Data.Stores;

/// <summary>Merchandising tags are trimmed, lower case, 1–40 characters, and unique per item.</summary>
public static class ItemTagRules
{
    public const int MaxLength = 40;

    /// <summary>The stored form of a tag typed by a user: trimmed and lower case.</summary>
    public static string Normalise(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return tag.Trim().ToLowerInvariant();
    }

    /// <summary>Why <paramref name="tag"/> (normalised) cannot be added next to <paramref name="existing"/>, or null when it can.</summary>
    public static string? Problem(string tag, IEnumerable<string> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var normal = Normalise(tag);
        if (normal.Length == 0) return "A tag must not be empty.";
        if (normal.Length > MaxLength) return $"The tag '{normal}' has {normal.Length} characters; at most {MaxLength} are allowed.";
        foreach (var other in existing)
            if (string.Equals(Normalise(other), normal, StringComparison.Ordinal)) return $"The item already has the tag '{normal}'.";
        return null;
    }

    /// <summary>Normalises a whole tag list, throwing <see cref="ArgumentException"/> naming the first bad tag.</summary>
    public static IReadOnlyList<string> NormaliseAll(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var result = new List<string>();
        foreach (var tag in tags)
        {
            var problem = Problem(tag ?? "", result);
            if (problem is not null) throw new ArgumentException(problem, nameof(tags));
            result.Add(Normalise(tag!));
        }
        return result;
    }
}
