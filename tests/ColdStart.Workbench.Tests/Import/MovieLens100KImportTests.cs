using System.Text;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Tests.Import;

public sealed class MovieLens100KImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A u.item line: five fields then 19 genre flags with ones at <paramref name="genreColumns"/>.</summary>
    private static string ItemLine(string id, string title, string release, params int[] genreColumns)
    {
        var flags = Enumerable.Range(0, 19).Select(g => genreColumns.Contains(g) ? "1" : "0");
        return $"{id}|{title}|{release}||http://example.org/{id}|{string.Join('|', flags)}";
    }

    private ImportFolder WriteValidWorld() => _folder
        .Write("u.item", Encoding.Latin1,
            ItemLine("1", "Toy Story (1995)", "01-Jan-1995", 3, 4, 5),
            ItemLine("2", "Café au lait (1993)", "15-Mar-1994", 5),
            ItemLine("3", "unknown", "", 0))
        .Write("u.user",
            "1|24|M|technician|85711",
            "2|17|F|student|02138",
            "3|65|M|retired|T8H1N")
        .Write("u.data",
            "1\t1\t5\t881250949",
            "2\t2\t3\t881250000",
            "3\t1\t4\t881251000",
            "1\t3\t1\t881250100");

    [Fact]
    public void Imports_movies_with_genres_latin1_titles_and_release_dates()
    {
        var data = DatasetImporter.ImportMovieLens100K(WriteValidWorld().Path, ImportOptions.Default);

        var toyStory = data.Items[0];
        Assert.Equal(("1", "Toy Story (1995)"), (toyStory.Id, toyStory.Title));
        Assert.Equal("Animation", toyStory.Department); // flags 3, 4, 5 = Animation, Children's, Comedy
        Assert.Equal("Animation, Children's, Comedy", toyStory.ProductType);
        Assert.Equal(new DateOnly(1995, 1, 1), toyStory.LaunchDate);
        Assert.Equal("Toy Story (1995). Genres: Animation, Children's, Comedy.", toyStory.Description);
        Assert.Equal(("", 0f), (toyStory.Brand, toyStory.Price));

        Assert.Equal("Café au lait (1993)", data.Items[1].Title); // é read as Latin-1
        Assert.Equal(new DateOnly(1994, 3, 15), data.Items[1].LaunchDate); // release date wins over the title year
        Assert.Equal(("unknown", new DateOnly(1970, 1, 1)), (data.Items[2].Department, data.Items[2].LaunchDate));
    }

    [Fact]
    public void Users_get_age_band_gender_occupation_and_region()
    {
        var data = DatasetImporter.ImportMovieLens100K(WriteValidWorld().Path, ImportOptions.Default);

        Assert.Equal(
            new Dictionary<string, string> { ["age_band"] = "18-24", ["gender"] = "male", ["occupation"] = "technician", ["region"] = "west" },
            data.Users[0].Attributes); // zip 85711 starts with 8
        Assert.Equal(("<18", "female", "east"), Attributes(data.Users[1])); // zip 02138 starts with 0
        Assert.Equal(("65+", "male", "abroad"), Attributes(data.Users[2])); // Canadian postcode
    }

    private static (string, string, string) Attributes(User user) =>
        (user.Attributes["age_band"], user.Attributes["gender"], user.Attributes["region"]);

    [Fact]
    public void Ratings_become_time_ordered_purchases_and_views()
    {
        var data = DatasetImporter.ImportMovieLens100K(WriteValidWorld().Path, ImportOptions.Default);

        Event[] expected =
        [
            new(1, 1, EventType.View, 881250000), // rating 3
            new(0, 2, EventType.View, 881250100), // rating 1
            new(0, 0, EventType.Purchase, 881250949), // rating 5
            new(2, 0, EventType.Purchase, 881251000), // rating 4 = threshold
        ];
        Assert.Equal(expected, data.Events);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_line_numbers_and_nothing_is_imported()
    {
        _folder
            .Write("u.item", Encoding.Latin1,
                ItemLine("1", "Heat (1995)", "01-Jan-1995", 1),
                ItemLine("2", "Casino (1995)", "1995-11-22", 8),
                ItemLine("3", "Babe (1995)", "01-Jan-1995", 5).Replace("|1|", "|yes|", StringComparison.Ordinal),
                "4|Too short|01-Jan-1995")
            .Write("u.user", "1|24|M|technician|85711", "1|30|F|writer|10001", "2|old|F|writer|10001")
            .Write("u.data",
                "1\t1\t5\t881250949",
                "1\t99\t4\t881250949",
                "1\t1\tfive\t881250949",
                "1\t1\t4",
                "1\t1\t4\t8812.5");

        var ex = ImportAssert.FailsAt(
            () => DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default),
            "u.item:2", "u.item:3", "u.item:4", "u.user:2", "u.user:3", "u.data:2", "u.data:3", "u.data:4", "u.data:5");

        Assert.Contains("release date '1995-11-22'", ImportAssert.MessageAt(ex, "u.item:2"), StringComparison.Ordinal);
        Assert.Contains("genre flag Comedy is 'yes'", ImportAssert.MessageAt(ex, "u.item:3"), StringComparison.Ordinal);
        Assert.Contains("expected 24 '|'-separated fields but found 3", ImportAssert.MessageAt(ex, "u.item:4"), StringComparison.Ordinal);
        Assert.Contains("duplicate user id '1'", ImportAssert.MessageAt(ex, "u.user:2"), StringComparison.Ordinal);
        Assert.Contains("age 'old'", ImportAssert.MessageAt(ex, "u.user:3"), StringComparison.Ordinal);
        Assert.Contains("unknown movie id '99'", ImportAssert.MessageAt(ex, "u.data:2"), StringComparison.Ordinal);
        Assert.Contains("rating 'five'", ImportAssert.MessageAt(ex, "u.data:3"), StringComparison.Ordinal);
        Assert.Contains("expected 4 tab-separated fields", ImportAssert.MessageAt(ex, "u.data:4"), StringComparison.Ordinal);
        Assert.Contains("timestamp '8812.5'", ImportAssert.MessageAt(ex, "u.data:5"), StringComparison.Ordinal);
    }
}
