using System.Globalization;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// MovieLens 100K (Harper &amp; Konstan 2015): u.data (user, item, rating, timestamp; tab-separated),
/// u.item (id|title|release date|video date|URL|19 genre flags; Latin-1) and u.user (id|age|gender|occupation|zip).
/// Each file may be UTF-8 (with or without BOM) or Latin-1, with LF or CRLF line ends. Release dates are written
/// d-MMM-yyyy with one- or two-digit days ("4-Feb-1971", "01-Jan-1995"); an empty one falls back to the title's year.
/// Items and users keep the order of their files.
/// </summary>
internal static class MovieLens100KFormat
{
    public const string RatingsFile = "u.data";
    public const string ItemsFile = "u.item";
    public const string UsersFile = "u.user";

    /// <summary>The 19 genres of u.item's flag columns, in column order.</summary>
    public static readonly IReadOnlyList<string> Genres =
    [
        "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy",
        "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western",
    ];

    private const int ItemFields = 5;

    /// <summary>u.item's release date: "d" takes one or two digits, so both 01-Jan-1995 and 4-Feb-1971 parse.</summary>
    private const string ReleaseDateFormat = "d-MMM-yyyy";

    public static Dataset Read(string directory, ImportOptions options, string name) => ItemsUsersEvents.Read(name,
        (report, ids) => ReadItems(directory, report, ids),
        (report, ids) => ReadUsers(directory, report, ids),
        (report, itemIds, userIds) => ReadRatings(directory, options, report, itemIds, userIds));

    private static IEnumerable<(int Line, string[] Fields)> Lines(string directory, string file, char separator, int fieldCount, ImportReport report)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            report.Add(file, 0, $"file not found: {path}");
            yield break;
        }

        var separatorName = separator == '\t' ? "tab" : $"'{separator}'";
        foreach (var (line, fields) in DelimitedLines.Read(path, separator))
        {
            if (fields.Length == fieldCount) yield return (line, fields);
            else report.Add(file, line, $"expected {fieldCount} {separatorName}-separated fields but found {fields.Length}");
        }
    }

    private static List<Item> ReadItems(string directory, ImportReport report, IdRegistry ids)
    {
        var items = new List<Item>();
        foreach (var (line, f) in Lines(directory, ItemsFile, '|', ItemFields + Genres.Count, report))
        {
            var errors = report.TotalErrors;
            var id = f[0].Trim();
            if (!ImportFields.TryParseInt(id, out _)) report.Add(ItemsFile, line, $"movie id '{id}' is not a whole number");
            DateOnly? release = null;
            var releaseText = f[2].Trim();
            if (releaseText.Length > 0)
            {
                if (DateOnly.TryParseExact(releaseText, ReleaseDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) release = date;
                else report.Add(ItemsFile, line, $"release date '{f[2]}' is not a date in the form dd-MMM-yyyy (e.g. 01-Jan-1995 or 4-Feb-1971)");
            }

            var genres = new List<string>();
            for (var g = 0; g < Genres.Count; g++)
            {
                var flag = f[ItemFields + g].Trim();
                if (flag == "1") genres.Add(Genres[g]);
                else if (flag != "0") report.Add(ItemsFile, line, $"genre flag {Genres[g]} is '{flag}', expected 0 or 1");
            }

            if (!ids.TryAdd(id, line, out var first)) report.Add(ItemsFile, line, $"duplicate movie id '{id}' (first defined on line {first})");
            else if (report.TotalErrors == errors) items.Add(MovieItem.Create(id, f[1].Trim(), genres, release, []));
        }

        return items;
    }

    private static List<User> ReadUsers(string directory, ImportReport report, IdRegistry ids)
    {
        var users = new List<User>();
        foreach (var (line, f) in Lines(directory, UsersFile, '|', 5, report))
        {
            var errors = report.TotalErrors;
            var id = f[0].Trim();
            if (!ImportFields.TryParseInt(id, out _)) report.Add(UsersFile, line, $"user id '{id}' is not a whole number");
            if (!ImportFields.TryParseInt(f[1].Trim(), out var age) || age is < 0 or > 150)
                report.Add(UsersFile, line, $"age '{f[1]}' is not a whole number between 0 and 150");
            if (!ids.TryAdd(id, line, out var first))
            {
                report.Add(UsersFile, line, $"duplicate user id '{id}' (first defined on line {first})");
                continue;
            }

            if (report.TotalErrors != errors) continue;
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [UserAttributes.AgeBand] = UserDemographics.AgeBand(age),
                [UserAttributes.Gender] = UserDemographics.Gender(f[2].Trim()),
                ["occupation"] = f[3].Trim().ToLowerInvariant(),
                [UserAttributes.Region] = UserDemographics.Region(f[4].Trim()),
            };
            users.Add(new User(id, attributes));
        }

        return users;
    }

    private static List<Event> ReadRatings(string directory, ImportOptions options, ImportReport report, IdRegistry itemIds, IdRegistry userIds)
    {
        var events = new List<Event>();
        foreach (var (line, f) in Lines(directory, RatingsFile, '\t', 4, report))
        {
            var errors = report.TotalErrors;
            if (!userIds.TryGetIndex(f[0].Trim(), out var user)) report.Add(RatingsFile, line, $"unknown user id '{f[0]}' (not in {UsersFile})");
            if (!itemIds.TryGetIndex(f[1].Trim(), out var item)) report.Add(RatingsFile, line, $"unknown movie id '{f[1]}' (not in {ItemsFile})");
            var rating = RatingFields.ParseRating(f[2].Trim(), RatingsFile, line, report);
            var timestamp = RatingFields.ParseUnixSeconds(f[3].Trim(), RatingsFile, line, report);
            if (report.TotalErrors == errors) events.Add(new Event(user, item, RatingEvents.TypeOf(rating, options), timestamp));
        }

        return events;
    }
}
