using System.Globalization;
using System.Text.RegularExpressions;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// Builds catalog items from MovieLens movies: Department = first genre, ProductType = all genres joined by ", ",
/// CategoryPath = Department, no brand, price 0, launch date from the release date or the year in the title
/// (1 January), else 1970-01-01; Description = "Title (year). Genres: a, b. Tags: x, y.".
/// </summary>
internal static partial class MovieItem
{
    /// <summary>Department and ProductType of a movie without genres.</summary>
    public const string NoGenre = "unknown";

    /// <summary>The year in parentheses at the end of a MovieLens title, e.g. "Heat (1995)" or "Cosmos (1980-1981)".</summary>
    public static int? YearOf(string title)
    {
        var match = YearAtEnd().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    public static Item Create(string id, string title, IReadOnlyList<string> genres, DateOnly? releaseDate, IReadOnlyList<string> tags)
    {
        var titleYear = YearOf(title);
        var launch = releaseDate ?? (titleYear is { } y && y >= 1 ? new DateOnly(y, 1, 1) : ImportFields.UnknownDate);
        var department = genres.Count > 0 ? genres[0] : NoGenre;
        var genreText = genres.Count > 0 ? string.Join(", ", genres) : NoGenre;
        var titleWithYear = titleYear is null && releaseDate is { } d ? $"{title} ({d.Year})" : title;
        var description = $"{titleWithYear}. Genres: {genreText}.";
        if (tags.Count > 0) description += $" Tags: {string.Join(", ", tags)}.";
        return new Item(id, title, description, department, genreText, department, "", 0f, launch, tags);
    }

    [GeneratedRegex(@"\((\d{4})(?:\s*[-–]\s*\d{0,4})?\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex YearAtEnd();
}
