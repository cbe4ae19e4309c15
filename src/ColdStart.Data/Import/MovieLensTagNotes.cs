using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation.FreeText;

namespace ColdStart.Data.Import;

/// <summary>
/// MovieLens latest tags (tags.csv) as the free-text benchmark's notes: who wrote which tag on which movie, and when.
/// The importer folds every user's tags into the movies' text, so a tag would find the very movie it was written on;
/// for the benchmark the catalog is therefore rebuilt without tags (title, year and genres only).
/// </summary>
public static class MovieLensTagNotes
{
    /// <summary>True when <paramref name="directory"/> is a MovieLens latest folder with a tags.csv.</summary>
    public static bool Available(string directory) =>
        DatasetImporter.DetectFormat(directory) == DatasetImporter.MovieLensLatestFormatName
        && File.Exists(Path.Combine(directory, MovieLensLatestFormat.TagsFile));

    /// <summary>
    /// <paramref name="imported"/> (the same folder imported by <see cref="DatasetImporter"/>) with its items stripped of
    /// tags, and the notes of tags.csv by users and movies of that dataset (tags of users without ratings are skipped).
    /// </summary>
    /// <exception cref="ImportException">tags.csv has a bad line (named as file:line).</exception>
    public static (Dataset Data, IReadOnlyList<FreeTextNote> Notes) Read(string directory, Dataset imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        var report = new ImportReport();
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int u = 0; u < imported.Users.Count; u++) users[imported.Users[u].Id] = u;
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < imported.Items.Count; i++) items[imported.Items[i].Id] = i;
        var notes = new List<FreeTextNote>();
        using (var table = CsvTable.Open(directory, MovieLensLatestFormat.TagsFile, report, "userId", "movieId", "tag", "timestamp"))
        {
            if (table is not null)
            {
                int user = table.IndexOf("userId"), movie = table.IndexOf("movieId"), tag = table.IndexOf("tag"), time = table.IndexOf("timestamp");
                foreach (var row in table.Rows())
                {
                    var errors = report.TotalErrors;
                    if (!items.TryGetValue(row[movie], out int item)) report.Add(table.File, row.Line, $"unknown movieId '{row[movie]}'");
                    long timestamp = RatingFields.ParseUnixSeconds(row[time], table.File, row.Line, report);
                    if (report.TotalErrors == errors && users.TryGetValue(row[user], out int u))
                        notes.Add(new FreeTextNote(u, item, row[tag], timestamp));
                }
            }
        }
        report.ThrowIfAny();
        var stripped = imported.Items.Select(WithoutTags).ToArray();
        return (imported with { Items = stripped }, notes);
    }

    private static Item WithoutTags(Item item)
    {
        var genres = item.ProductType == MovieItem.NoGenre ? [] : item.ProductType.Split(", ");
        return MovieItem.Create(item.Id, item.Title, genres, null, []) with { LaunchDate = item.LaunchDate };
    }
}
