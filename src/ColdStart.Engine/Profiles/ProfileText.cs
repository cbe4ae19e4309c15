using System.Text;
using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Profiles;

/// <summary>
/// The text the encoder reads for a shopper. Historical users (in training) and personas (at ranking time) are written
/// the same way — attributes as "name value" phrases, then interests, then searches — so a persona lands where similar
/// historical users landed.
/// </summary>
public static class ProfileText
{
    /// <summary>"age_band 25-34. device mobile. ..." in attribute-name order; empty values are skipped.</summary>
    public static string Attributes(IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        var text = new StringBuilder();
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            text.Append(name.Replace('_', ' ')).Append(' ').Append(value.Trim()).Append(". ");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Attributes, interests and searches joined into one text.</summary>
    public static string For(IReadOnlyDictionary<string, string> attributes, string? interests, IEnumerable<string> searches)
    {
        var text = new StringBuilder(Attributes(attributes));
        if (!string.IsNullOrWhiteSpace(interests)) text.Append(" Interests: ").Append(interests.Trim()).Append('.');
        var queries = searches.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (queries.Count > 0) text.Append(" Searches: ").Append(string.Join("; ", queries)).Append('.');
        return text.ToString().Trim();
    }

    /// <summary>The training text of every historical user: attributes plus up to 8 of its search queries.</summary>
    public static IReadOnlyList<string> ForUsers(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var searches = new List<string>?[data.Users.Count];
        foreach (var e in data.Events)
        {
            if (e.Type != EventType.Search || string.IsNullOrWhiteSpace(e.Query) || e.User < 0 || e.User >= searches.Length) continue;
            var list = searches[e.User] ??= [];
            if (list.Count < 8 && !list.Contains(e.Query)) list.Add(e.Query);
        }
        var texts = new string[data.Users.Count];
        for (int u = 0; u < texts.Length; u++) texts[u] = For(data.Users[u].Attributes, null, searches[u] ?? []);
        return texts;
    }
}
