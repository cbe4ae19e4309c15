using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// Reads a dataset folder into an in-memory <see cref="Dataset"/>, streaming line by line. All or nothing:
/// when any line is bad, no dataset is returned and <see cref="ImportException"/> lists every problem as
/// file:line: message. Ratings become events: at or above <see cref="ImportOptions.StrongRatingThreshold"/>
/// a Purchase (strong positive), below it a View (weak). Events come back ordered by timestamp (file order among ties).
/// A dataset without items or without events is refused.
/// </summary>
public static class DatasetImporter
{
    public const string CsvFormat = "csv";
    public const string MovieLens100KFormatName = "ml-100k";
    public const string MovieLensLatestFormatName = "ml-latest";

    /// <summary>The format names <see cref="DetectFormat"/> returns.</summary>
    public static IReadOnlyList<string> Formats { get; } = [CsvFormat, MovieLens100KFormatName, MovieLensLatestFormatName];

    /// <summary>Generic CSV: items.csv, users.csv, events.csv (schema in the README). Items and users keep file order.</summary>
    public static Dataset ImportCsv(string directory, ImportOptions options) =>
        NotEmpty(GenericCsvFormat.Read(CheckDirectory(directory), options, NameOf(directory, options)), GenericCsvFormat.ItemsFile, GenericCsvFormat.EventsFile);

    /// <summary>MovieLens 100K: u.data, u.item, u.user. Items and users keep file order; users get age_band, gender, occupation, region.</summary>
    public static Dataset ImportMovieLens100K(string directory, ImportOptions options) =>
        NotEmpty(MovieLens100KFormat.Read(CheckDirectory(directory), options, NameOf(directory, options)), MovieLens100KFormat.ItemsFile, MovieLens100KFormat.RatingsFile);

    /// <summary>MovieLens latest: movies.csv, ratings.csv, optional tags.csv (links.csv ignored). Items keep file order; users are sorted by numeric id and have no attributes.</summary>
    public static Dataset ImportMovieLensLatest(string directory, ImportOptions options) =>
        NotEmpty(MovieLensLatestFormat.Read(CheckDirectory(directory), options, NameOf(directory, options)), MovieLensLatestFormat.MoviesFile, MovieLensLatestFormat.RatingsFile);

    /// <summary>Detects the format of <paramref name="directory"/> and imports it.</summary>
    public static Dataset Import(string directory, ImportOptions options) => DetectFormat(directory) switch
    {
        MovieLens100KFormatName => ImportMovieLens100K(directory, options),
        MovieLensLatestFormatName => ImportMovieLensLatest(directory, options),
        _ => ImportCsv(directory, options),
    };

    /// <summary>
    /// "ml-100k" when the folder has u.data, "ml-latest" when it has movies.csv and ratings.csv, "csv" when it has
    /// items.csv and events.csv; otherwise throws <see cref="ImportException"/> naming the files each format expects.
    /// </summary>
    public static string DetectFormat(string directory)
    {
        CheckDirectory(directory);
        bool Has(string file) => File.Exists(Path.Combine(directory, file));
        if (Has(MovieLens100KFormat.RatingsFile)) return MovieLens100KFormatName;
        if (Has(MovieLensLatestFormat.MoviesFile) && Has(MovieLensLatestFormat.RatingsFile)) return MovieLensLatestFormatName;
        if (Has(GenericCsvFormat.ItemsFile) && Has(GenericCsvFormat.EventsFile)) return CsvFormat;
        throw new ImportException(new ImportError(directory, 0,
            "no known dataset format: expected items.csv + users.csv + events.csv (generic CSV), " +
            "u.data + u.item + u.user (MovieLens 100K), or movies.csv + ratings.csv [+ tags.csv] (MovieLens latest)"));
    }

    /// <summary>
    /// Refuses a dataset without items or without events (e.g. files holding only their header): no model can be built
    /// from it, so it would only make a workspace that fails to load.
    /// </summary>
    private static Dataset NotEmpty(Dataset data, string itemsFile, string eventsFile)
    {
        var errors = new List<ImportError>();
        if (data.Items.Count == 0) errors.Add(new ImportError(itemsFile, 0, "holds no items (only a header?): a workspace needs at least one item"));
        if (data.Events.Count == 0) errors.Add(new ImportError(eventsFile, 0, "holds no events (only a header?): a workspace needs at least one event to build its model"));
        return errors.Count == 0 ? data : throw new ImportException(errors, errors.Count);
    }

    private static string CheckDirectory(string directory)
    {
        if (!Directory.Exists(directory)) throw new ImportException(new ImportError(directory, 0, "folder not found"));
        return directory;
    }

    private static string NameOf(string directory, ImportOptions options)
    {
        if (!float.IsFinite(options.StrongRatingThreshold))
            throw new ArgumentOutOfRangeException(nameof(options), options.StrongRatingThreshold, "StrongRatingThreshold must be a finite number.");
        return options.Name ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
    }
}
