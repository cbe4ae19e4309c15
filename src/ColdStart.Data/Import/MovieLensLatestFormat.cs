using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// MovieLens "latest" (Harper &amp; Konstan 2015): movies.csv (movieId,title,genres with '|'),
/// ratings.csv (userId,movieId,rating,timestamp) and optionally tags.csv (userId,movieId,tag,timestamp);
/// links.csv is ignored. Items keep the order of movies.csv; users are those who rated, ordered by numeric id,
/// with no attributes. Tags become item tags (most frequent first) and part of the description.
/// </summary>
internal static class MovieLensLatestFormat
{
    public const string MoviesFile = "movies.csv";
    public const string RatingsFile = "ratings.csv";
    public const string TagsFile = "tags.csv";

    /// <summary>The genres value of a movie without genres.</summary>
    private const string NoGenresListed = "(no genres listed)";

    private static readonly IReadOnlyDictionary<string, string> NoAttributes = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public static Dataset Read(string directory, ImportOptions options, string name)
    {
        var report = new ImportReport();
        var movieIds = new IdRegistry();
        var movies = ReadMovies(directory, report, movieIds);
        var tags = ReadTags(directory, report, movieIds);
        var ratings = ReadRatings(directory, options, report, movieIds);
        report.ThrowIfAny();

        var items = new Item[movies.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var (id, title, genres) = movies[i];
            items[i] = MovieItem.Create(id, title, genres, null, tags.For(i));
        }

        var (users, events) = ToUsersAndEvents(ratings);
        return new Dataset(name, items, users, EventOrder.ByTime(events));
    }

    private static List<(string Id, string Title, string[] Genres)> ReadMovies(string directory, ImportReport report, IdRegistry ids)
    {
        var movies = new List<(string, string, string[])>();
        using var table = CsvTable.Open(directory, MoviesFile, report, "movieId", "title", "genres");
        if (table is null) return movies;
        int idColumn = table.IndexOf("movieId"), titleColumn = table.IndexOf("title"), genresColumn = table.IndexOf("genres");
        foreach (var row in table.Rows())
        {
            var errors = report.TotalErrors;
            var id = row[idColumn];
            if (!ImportFields.TryParseInt(id, out _)) report.Add(table.File, row.Line, $"movieId '{id}' is not a whole number");
            var title = row[titleColumn];
            if (title.Length == 0) report.Add(table.File, row.Line, "title is empty");
            if (!ids.TryAdd(id, row.Line, out var first)) report.Add(table.File, row.Line, $"duplicate movieId '{id}' (first defined on line {first})");
            else if (report.TotalErrors == errors) movies.Add((id, title, SplitGenres(row[genresColumn])));
        }

        return movies;
    }

    private static string[] SplitGenres(string text) =>
        text == NoGenresListed ? [] : text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static MovieTags ReadTags(string directory, ImportReport report, IdRegistry movieIds)
    {
        var tags = new MovieTags();
        if (!File.Exists(Path.Combine(directory, TagsFile))) return tags;
        using var table = CsvTable.Open(directory, TagsFile, report, "userId", "movieId", "tag", "timestamp");
        if (table is null) return tags;
        int userColumn = table.IndexOf("userId"), movieColumn = table.IndexOf("movieId"), tagColumn = table.IndexOf("tag"), timeColumn = table.IndexOf("timestamp");
        foreach (var row in table.Rows())
        {
            var errors = report.TotalErrors;
            if (!ImportFields.TryParseInt(row[userColumn], out _)) report.Add(table.File, row.Line, $"userId '{row[userColumn]}' is not a whole number");
            if (!movieIds.TryGetIndex(row[movieColumn], out var item)) report.Add(table.File, row.Line, $"unknown movieId '{row[movieColumn]}' (not in {MoviesFile})");
            RatingFields.ParseUnixSeconds(row[timeColumn], table.File, row.Line, report);
            if (report.TotalErrors == errors) tags.Add(item, row[tagColumn]);
        }

        return tags;
    }

    private static List<(int UserId, int Item, EventType Type, long Timestamp)> ReadRatings(string directory, ImportOptions options, ImportReport report, IdRegistry movieIds)
    {
        var ratings = new List<(int, int, EventType, long)>();
        using var table = CsvTable.Open(directory, RatingsFile, report, "userId", "movieId", "rating", "timestamp");
        if (table is null) return ratings;
        int userColumn = table.IndexOf("userId"), movieColumn = table.IndexOf("movieId"), ratingColumn = table.IndexOf("rating"), timeColumn = table.IndexOf("timestamp");
        foreach (var row in table.Rows())
        {
            var errors = report.TotalErrors;
            if (!ImportFields.TryParseInt(row[userColumn], out var userId)) report.Add(table.File, row.Line, $"userId '{row[userColumn]}' is not a whole number");
            if (!movieIds.TryGetIndex(row[movieColumn], out var item)) report.Add(table.File, row.Line, $"unknown movieId '{row[movieColumn]}' (not in {MoviesFile})");
            var rating = RatingFields.ParseRating(row[ratingColumn], table.File, row.Line, report);
            var timestamp = RatingFields.ParseUnixSeconds(row[timeColumn], table.File, row.Line, report);
            if (report.TotalErrors == errors) ratings.Add((userId, item, RatingEvents.TypeOf(rating, options), timestamp));
        }

        return ratings;
    }

    private static (User[] Users, List<Event> Events) ToUsersAndEvents(List<(int UserId, int Item, EventType Type, long Timestamp)> ratings)
    {
        var userIds = new SortedSet<int>();
        foreach (var r in ratings) userIds.Add(r.UserId);
        var users = new User[userIds.Count];
        var indexOf = new Dictionary<int, int>(userIds.Count);
        foreach (var id in userIds)
        {
            indexOf[id] = indexOf.Count;
            users[indexOf[id]] = new User(id.ToString(System.Globalization.CultureInfo.InvariantCulture), NoAttributes);
        }

        var events = new List<Event>(ratings.Count);
        foreach (var r in ratings) events.Add(new Event(indexOf[r.UserId], r.Item, r.Type, r.Timestamp));
        return (users, events);
    }
}
