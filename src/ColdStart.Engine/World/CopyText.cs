using System.Globalization;
using System.Text;

namespace ColdStart.Engine.World;

/// <summary>Small English helpers for generated shop copy: in-sentence casing, articles, possessives, tags.</summary>
internal static class CopyText
{
    /// <summary>Lower-cases plain title-case words ("Non-Slip Mat" → "non-slip mat") and keeps acronyms and units ("QHD", "30L", "mAh").</summary>
    public static string InSentence(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        var segmentStart = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i < phrase.Length && phrase[i] != ' ' && phrase[i] != '-') continue;
            builder.Append(LowerSegment(phrase.AsSpan(segmentStart, i - segmentStart)));
            if (i < phrase.Length) builder.Append(phrase[i]);
            segmentStart = i + 1;
        }
        return builder.ToString();
    }

    /// <summary>"a" or "an" for the word that follows.</summary>
    public static string Article(string next)
    {
        if (next.Length == 0) return "a";
        var word = next.Split(' ', '-')[0];
        if (word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter) && !word.Any(char.IsDigit))
            return "AEFHILMNORSX".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith('8') || lower.StartsWith("11", StringComparison.Ordinal) || lower.StartsWith("18", StringComparison.Ordinal)) return "an";
        if (lower.StartsWith("uni", StringComparison.Ordinal) || lower.StartsWith("us", StringComparison.Ordinal)) return "a";
        if (lower.StartsWith("heir", StringComparison.Ordinal) || lower.StartsWith("hour", StringComparison.Ordinal)) return "an";
        return "aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an" : "a";
    }

    /// <summary>True for plural product names ("hiking boots", "jeans"), false for singular ones ("dress", "tent").</summary>
    public static bool IsPlural(string name) => name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal);

    /// <summary>"Alpenwise's", "Lootbox Basics'".</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>"forest green" → "Forest Green".</summary>
    public static string TitleCase(string phrase) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(phrase);

    /// <summary>A lower-case tag: letters, digits and single hyphens ("Power Tools" → "power-tools").</summary>
    public static string Tag(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        foreach (var c in phrase.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if ((c == ' ' || c == '-') && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
    }

    private static string LowerSegment(ReadOnlySpan<char> segment)
    {
        var letters = 0;
        var firstUpperRestLower = true;
        foreach (var c in segment)
        {
            if (!char.IsLetter(c)) continue;
            firstUpperRestLower &= letters == 0 ? char.IsUpper(c) : !char.IsUpper(c);
            letters++;
        }
        return letters >= 2 && firstUpperRestLower ? segment.ToString().ToLowerInvariant() : segment.ToString();
    }
}
