using System.Globalization;

namespace ColdStart.Data.Import;

/// <summary>Parsing of the field kinds shared by the import formats; all culture-invariant.</summary>
internal static class ImportFields
{
    /// <summary>ISO 8601 shapes accepted for timestamps (a value without offset is taken as UTC).</summary>
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ssK",
    ];

    private static readonly char[] TagSeparators = ['|', ';'];
    private static readonly char[] CategorySeparators = ['>', '/'];

    /// <summary>The Unix epoch day, used when no launch date is known.</summary>
    public static DateOnly UnknownDate { get; } = new(1970, 1, 1);

    /// <summary>Unix seconds, or an ISO 8601 date/time (UTC when no offset is given).</summary>
    public static bool TryParseTimestamp(string text, out long unixSeconds)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out unixSeconds)) return true;
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, styles, out var time))
        {
            unixSeconds = time.ToUnixTimeSeconds();
            return true;
        }

        return false;
    }

    /// <summary>A finite number in invariant culture ("4.5").</summary>
    public static bool TryParseNumber(string text, out float value) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value);

    /// <summary>A whole number in invariant culture.</summary>
    public static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>A calendar date written yyyy-MM-dd.</summary>
    public static bool TryParseIsoDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Tags separated by '|' or ';': trimmed, lower case, distinct, in order of first appearance.</summary>
    public static IReadOnlyList<string> SplitTags(string text)
    {
        if (text.Length == 0) return [];
        var tags = new List<string>();
        foreach (var part in text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = part.ToLowerInvariant();
            if (!tags.Contains(tag)) tags.Add(tag);
        }

        return tags;
    }

    /// <summary>Category path segments split on '>' or '/', trimmed, empty segments dropped.</summary>
    public static string[] SplitCategory(string text) =>
        text.Split(CategorySeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
