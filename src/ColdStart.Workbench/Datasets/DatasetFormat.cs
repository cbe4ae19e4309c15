using ColdStart.Data.Import;
using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Datasets;

/// <summary>A dataset format the upload form offers, with its files; <see cref="Read"/> runs the matching <see cref="DatasetImporter"/>.</summary>
/// <param name="Name">The importer's format name, also stored as the workspace kind ("csv", "ml-100k", "ml-latest").</param>
/// <param name="Label">Display name.</param>
/// <param name="Files">The files of the format, in upload order.</param>
public sealed record DatasetFormat(string Name, string Label, IReadOnlyList<DatasetFile> Files)
{
    public static DatasetFormat GenericCsv { get; } = new(DatasetImporter.CsvFormat, "Generic CSV",
    [
        new("items.csv", true, "id, title, description, category, tags, price, launch_date"),
        new("users.csv", true, "id plus any attribute columns"),
        new("events.csv", true, "user_id, item_id, type, timestamp, optional query and rating"),
    ]);

    public static DatasetFormat MovieLens100K { get; } = new(DatasetImporter.MovieLens100KFormatName, "MovieLens 100K",
    [
        new("u.data", true, "tab-separated user, item, rating, timestamp"),
        new("u.item", true, "pipe-separated movie id, title, dates, URL, 19 genre flags"),
        new("u.user", true, "pipe-separated user id, age, gender, occupation, zip"),
    ]);

    public static DatasetFormat MovieLensLatest { get; } = new(DatasetImporter.MovieLensLatestFormatName, "MovieLens latest",
    [
        new("movies.csv", true, "movieId, title, genres"),
        new("ratings.csv", true, "userId, movieId, rating, timestamp"),
        new("tags.csv", false, "userId, movieId, tag, timestamp (optional)"),
    ]);

    /// <summary>Every format, in the order the form lists them.</summary>
    public static IReadOnlyList<DatasetFormat> All { get; } = [GenericCsv, MovieLens100K, MovieLensLatest];

    /// <summary>The format called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public static DatasetFormat Find(string name) =>
        All.FirstOrDefault(f => f.Name == name)
        ?? throw new ArgumentException($"Unknown dataset format '{name}'; expected one of {string.Join(", ", All.Select(f => f.Name))}.", nameof(name));

    /// <summary>Imports the files in <paramref name="folder"/> with this format's importer (all or nothing).</summary>
    /// <exception cref="ImportException">A file has bad lines; nothing is returned.</exception>
    public Dataset Read(string folder, ImportOptions options) => Name switch
    {
        DatasetImporter.MovieLens100KFormatName => DatasetImporter.ImportMovieLens100K(folder, options),
        DatasetImporter.MovieLensLatestFormatName => DatasetImporter.ImportMovieLensLatest(folder, options),
        _ => DatasetImporter.ImportCsv(folder, options),
    };
}
