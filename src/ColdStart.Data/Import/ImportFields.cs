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

    /// <summary>Earliest Unix seconds a timestamp may hold: 0001-01-01T00:00:00Z, the first instant a date can show.</summary>
    public static long MinUnixSeconds { get; } = DateTimeOffset.MinValue.ToUnixTimeSeconds();

    /// <summary>Latest Unix seconds a timestamp may hold: 9999-12-31T23:59:59Z, the last instant a date can show.</summary>
    public static long MaxUnixSeconds { get; } = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>The message for a whole number of seconds outside [<see cref="MinUnixSeconds"/>, <see cref="MaxUnixSeconds"/>].</summary>
    public static string OutOfRange(string field, string text) =>
        $"{field} '{text}' is out of range: Unix seconds must lie between {MinUnixSeconds} (0001-01-01) and {MaxUnixSeconds} (9999-12-31)";

    /// <summary>True when <paramref name="unixSeconds"/> is a date/time that can be shown (year 1 to 9999).</summary>
    public static bool IsInRange(long unixSeconds) => unixSeconds >= MinUnixSeconds && unixSeconds <= MaxUnixSeconds;

    /// <summary>Unix seconds, or an ISO 8601 date/time (UTC when no offset is given); the number may be out of range (see <see cref="IsInRange"/>).</summary>
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
