namespace ColdStart.Data.Import;

/// <summary>Rating and timestamp fields of the MovieLens files, reported by file and line when bad.</summary>
internal static class RatingFields
{
    /// <summary>Highest MovieLens rating (stars).</summary>
    public const float MaxRating = 5f;

    /// <summary>A rating in (0, 5]; reports and returns 0 when bad.</summary>
    public static float ParseRating(string text, string file, int line, ImportReport report)
    {
        if (ImportFields.TryParseNumber(text, out var rating) && rating > 0 && rating <= MaxRating) return rating;
        report.Add(file, line, $"rating '{text}' is not a number between 0 and {MaxRating}");
        return 0;
    }

    /// <summary>Whole Unix seconds within the range a date can show; reports and returns 0 when bad.</summary>
    public static long ParseUnixSeconds(string text, string file, int line, ImportReport report)
    {
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            if (ImportFields.IsInRange(seconds)) return seconds;
            report.Add(file, line, ImportFields.OutOfRange("timestamp", text));
            return 0;
        }

        report.Add(file, line, $"timestamp '{text}' is not whole Unix seconds");
        return 0;
    }
}
