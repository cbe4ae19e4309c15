namespace ColdStart.Engine.Text;

/// <summary>Splits text into lower-case words of letters and digits (accents kept), for explanations and term matching.</summary>
public static class TextWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "the", "for", "with", "of", "to", "in", "on", "at", "by", "or", "is", "are", "from", "your", "you", "it", "this", "that", "into", "as", "be",
    };

    /// <summary>Lower-case words, stop words dropped, in order (duplicates kept).</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                var word = text[start..i].ToLowerInvariant();
                if (!StopWords.Contains(word)) words.Add(word);
                start = -1;
            }
        }
        return words;
    }
}
