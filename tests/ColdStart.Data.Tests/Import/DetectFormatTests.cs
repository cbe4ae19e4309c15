using ColdStart.Data.Import;

namespace ColdStart.Data.Tests.Import;

public sealed class DetectFormatTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Generic_csv_is_recognised_by_items_and_events()
    {
        _folder.Write("items.csv", "id,title").Write("users.csv", "id").Write("events.csv", "user_id,item_id,type,timestamp");
        Assert.Equal("csv", DatasetImporter.DetectFormat(_folder.Path));
    }

    [Fact]
    public void MovieLens_100k_is_recognised_by_u_data()
    {
        _folder.Write("u.data", "1\t1\t5\t1").Write("u.item", "").Write("u.user", "");
        Assert.Equal("ml-100k", DatasetImporter.DetectFormat(_folder.Path));
    }

    [Fact]
    public void MovieLens_latest_is_recognised_by_movies_and_ratings()
    {
        _folder.Write("movies.csv", "movieId,title,genres").Write("ratings.csv", "userId,movieId,rating,timestamp");
        Assert.Equal("ml-latest", DatasetImporter.DetectFormat(_folder.Path));
    }

    [Fact]
    public void Unknown_folder_contents_name_the_expected_files()
    {
        _folder.Write("readme.txt", "hello");
        var ex = Assert.Throws<ImportException>(() => DatasetImporter.DetectFormat(_folder.Path));
        Assert.Contains("items.csv + users.csv + events.csv", ex.Message, StringComparison.Ordinal);
        Assert.Contains("u.data + u.item + u.user", ex.Message, StringComparison.Ordinal);
        Assert.Contains("movies.csv + ratings.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folder_is_named()
    {
        var missing = Path.Combine(_folder.Path, "nope");
        var ex = Assert.Throws<ImportException>(() => DatasetImporter.DetectFormat(missing));
        Assert.Equal($"{missing}: folder not found", ex.Errors[0].ToString());
    }

    [Fact]
    public void Import_dispatches_on_the_detected_format_and_names_the_dataset_after_the_folder()
    {
        _folder.Write("movies.csv", "movieId,title,genres", "1,Heat (1995),Action")
            .Write("ratings.csv", "userId,movieId,rating,timestamp", "1,1,4.5,100");
        var data = DatasetImporter.Import(_folder.Path, ImportOptions.Default);
        Assert.Equal(Path.GetFileName(_folder.Path), data.Name);
        Assert.Equal("Heat (1995)", Assert.Single(data.Items).Title);
    }
}
