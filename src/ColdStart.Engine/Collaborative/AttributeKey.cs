namespace ColdStart.Engine.Collaborative;

/// <summary>Normalised "name=value" keys for categorical user attributes (trimmed, lower case), shared by the attribute and segment models.</summary>
internal static class AttributeKey
{
    /// <summary>An attribute value needs at least this many historical users to become a feature or a segment; rarer values count as unknown.</summary>
    public const int MinimumSupport = 3;

    /// <summary>The normalised (name, value) pairs of <paramref name="attributes"/>, skipping blank names and values.</summary>
    public static IEnumerable<(string Name, string Value)> Pairs(IReadOnlyDictionary<string, string>? attributes)
    {
        if (attributes is null)
        {
            yield break;
        }

        foreach (var (name, value) in attributes)
        {
            if (!string.IsNullOrWhiteSpace(name) && !string.IsNullOrWhiteSpace(value))
            {
                yield return (Normalize(name), Normalize(value));
            }
        }
    }

    /// <summary>The key of one (already normalised) pair.</summary>
    public static string Of(string name, string value) => $"{name}={value}";

    /// <summary>Pairs present on at least <see cref="MinimumSupport"/> of <paramref name="users"/>, in ordinal order of their keys.</summary>
    public static (string Name, string Value)[] Supported(IEnumerable<IReadOnlyDictionary<string, string>> users)
    {
        var counts = new Dictionary<(string Name, string Value), int>();
        foreach (var attributes in users)
        {
            foreach (var pair in Pairs(attributes))
            {
                counts[pair] = counts.GetValueOrDefault(pair) + 1;
            }
        }

        var pairs = counts.Where(entry => entry.Value >= MinimumSupport).Select(entry => entry.Key).ToArray();
        Array.Sort(pairs, (a, b) => string.CompareOrdinal(Of(a.Name, a.Value), Of(b.Name, b.Value)));
        return pairs;
    }

    private static string Normalize(string text) => text.Trim().ToLowerInvariant();
}
