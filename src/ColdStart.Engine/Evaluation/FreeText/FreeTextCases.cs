using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>
/// Builds the cases of the free-text protocol from what people wrote: a shopper's search queries (the sample world, a
/// generic CSV's search events) with the items they later took, or a person's notes on items (MovieLens tags) with
/// the items they wrote them on. A person's first <see cref="MaxTexts"/> distinct texts (case-insensitive, in time order)
/// make the text, as the new-user protocol reveals at most that many searches.
/// </summary>
public static class FreeTextCases
{
    /// <summary>Most texts of one person joined into its case text.</summary>
    public const int MaxTexts = UserHistory.MaxQueries;

    /// <summary>
    /// One case per user with at least one search query: the text is its first queries; relevant are the items it took
    /// positively (<see cref="PositiveFeedback"/>) after its first query. Users with nothing taken afterwards are skipped.
    /// </summary>
    public static IReadOnlyList<FreeTextCase> FromSearches(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var texts = new List<string>?[data.Users.Count];
        var firstQuery = new long[data.Users.Count];
        var relevant = new HashSet<int>?[data.Users.Count];
        foreach (var e in data.Events.OrderBy(e => e.Timestamp))
        {
            if (e.Type == EventType.Search && !string.IsNullOrWhiteSpace(e.Query))
            {
                if (texts[e.User] is null) firstQuery[e.User] = e.Timestamp;
                Add(texts[e.User] ??= [], e.Query);
            }
            else if (texts[e.User] is not null && PositiveFeedback.IsPositive(e) && e.Timestamp > firstQuery[e.User])
            {
                (relevant[e.User] ??= []).Add(e.Item);
            }
        }
        return Collect(texts, relevant);
    }

    /// <summary>
    /// One case per person with notes: the text is its first notes; relevant are the items it wrote any note on.
    /// </summary>
    /// <exception cref="ArgumentException">A note names a user or item outside the dataset.</exception>
    public static IReadOnlyList<FreeTextCase> FromNotes(Dataset data, IEnumerable<FreeTextNote> notes)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(notes);
        var texts = new List<string>?[data.Users.Count];
        var relevant = new HashSet<int>?[data.Users.Count];
        foreach (var note in notes.OrderBy(n => n.Timestamp))
        {
            if ((uint)note.User >= (uint)data.Users.Count || (uint)note.Item >= (uint)data.Items.Count)
                throw new ArgumentException($"A note of user {note.User} on item {note.Item} is outside the dataset ({data.Users.Count} users, {data.Items.Count} items).", nameof(notes));
            if (string.IsNullOrWhiteSpace(note.Text)) continue;
            Add(texts[note.User] ??= [], note.Text);
            (relevant[note.User] ??= []).Add(note.Item);
        }
        return Collect(texts, relevant);
    }

    private static void Add(List<string> texts, string text)
    {
        text = text.Trim();
        if (texts.Count < MaxTexts && !texts.Contains(text, StringComparer.OrdinalIgnoreCase)) texts.Add(text);
    }

    private static List<FreeTextCase> Collect(List<string>?[] texts, HashSet<int>?[] relevant)
    {
        var cases = new List<FreeTextCase>();
        for (int u = 0; u < texts.Length; u++)
            if (texts[u] is { Count: > 0 } words && relevant[u] is { Count: > 0 } items)
                cases.Add(new FreeTextCase(u, string.Join(". ", words), items));
        return cases;
    }
}
