using System.Text;
using ColdStart.Data.Import;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Tests.Import;

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

    /// <summary>u.item lines as in the official release: one- and two-digit release days, the "unknown" movie 267 with no date or URL.</summary>
    private static readonly string[] OfficialItemLines =
    [
        "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|0|0|0|1|1|1|0|0|0|0|0|0|0|0|0|0|0|0|0",
        "267|unknown||||1|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0",
        "1373|Good Morning (1971)|4-Feb-1971||http://us.imdb.com/M/title-exact?Good%20Morning%20(1971)|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0|0",
    ];

    private static readonly string[] OfficialUserLines = ["1|24|M|technician|85711", "2|53|F|other|94043"];

    private static readonly string[] OfficialRatingLines = ["1\t1\t5\t874965758", "2\t1373\t4\t888551304", "1\t267\t3\t876893171"];

    [Fact]
    public void Release_dates_with_one_or_two_digit_days_parse_and_an_empty_one_is_tolerated()
    {
        _folder.Write("u.item", OfficialItemLines).Write("u.user", OfficialUserLines).Write("u.data", OfficialRatingLines);

        var data = DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default);

        Assert.Equal(["1", "267", "1373"], data.Items.Select(i => i.Id));
        Assert.Equal(new DateOnly(1995, 1, 1), data.Items[0].LaunchDate);
        Assert.Equal(new DateOnly(1971, 2, 4), data.Items[2].LaunchDate); // 4-Feb-1971
        var unknown = data.Items[1];
        Assert.Equal(("unknown", "unknown", new DateOnly(1970, 1, 1)), (unknown.Title, unknown.Department, unknown.LaunchDate));
        Assert.Equal(3, data.Events.Count);
    }

    [Fact]
    public void Latin1_u_item_bytes_decode_to_accented_titles()
    {
        // "Misérables, Les (1995)" with é as the single Latin-1 byte 0xE9, as in the official u.item; the URL holds a comma.
        byte[] item =
        [
            .. "1|Mis"u8, 0xE9, .. "rables, Les (1995)|15-Dec-1995||http://us.imdb.com/M/title-exact?Mis%E9rables,%20Les%20(1995)|0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0|0|1|0\n"u8,
            .. "2|Belle de jour (1967)|1-Jan-1967||http://us.imdb.com/M/title-exact?Belle%20de%20jour%20(1967)|0|0|0|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0\n"u8,
        ];
        _folder.WriteBytes("u.item", item).Write("u.user", OfficialUserLines).Write("u.data", "1\t1\t5\t874965758", "2\t2\t3\t888551304");

        var data = DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default);

        Assert.Equal("Mis\u00e9rables, Les (1995)", data.Items[0].Title);
        Assert.Equal(("Drama", "Drama, War"), (data.Items[0].Department, data.Items[0].ProductType));
        Assert.Equal(new DateOnly(1967, 1, 1), data.Items[1].LaunchDate);
        Assert.DoesNotContain(data.Items, i => i.Title.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8_files_with_a_bom_and_crlf_line_ends_import_like_the_official_ones()
    {
        _folder
            .WriteBytes("u.item", ImportFolder.Utf8Bom, ImportFolder.CrlfLines([.. OfficialItemLines, "4|Caf\u00e9 au lait (1993)|15-Mar-1994||http://example.org/4|0|0|0|0|0|1|0|0|0|0|0|0|0|0|0|0|0|0|0"]))
            .WriteBytes("u.user", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(OfficialUserLines))
            .WriteBytes("u.data", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(OfficialRatingLines));

        var data = DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default);

        Assert.Equal(["1", "267", "1373", "4"], data.Items.Select(i => i.Id)); // no BOM glued to the first id
        Assert.Equal("Caf\u00e9 au lait (1993)", data.Items[3].Title); // UTF-8 é, not Latin-1 "Ã©"
        Assert.Equal(["1", "2"], data.Users.Select(u => u.Id));
        Assert.Equal("west", data.Users[1].Attributes["region"]); // zip 94043, no trailing CR
        Assert.Equal([874965758L, 876893171L, 888551304L], data.Events.Select(e => e.Timestamp));
    }

    [Fact]
    public void Bad_lines_in_crlf_files_with_a_bom_are_reported_at_their_line()
    {
        _folder
            .WriteBytes("u.item", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(OfficialItemLines))
            .WriteBytes("u.user", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(OfficialUserLines))
            .WriteBytes("u.data", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("1\t1\t5\t874965758", "", "1\t1\t4\tsoon"));

        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default), "u.data:3");
        Assert.Contains("timestamp 'soon'", ImportAssert.MessageAt(ex, "u.data:3"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_range_timestamp_is_refused_at_its_line()
    {
        WriteValidWorld().Write("u.data", "1\t1\t5\t881250949", "2\t2\t3\t9223372036854775807");

        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportMovieLens100K(_folder.Path, ImportOptions.Default), "u.data:2");
        Assert.Contains("timestamp '9223372036854775807' is out of range", ImportAssert.MessageAt(ex, "u.data:2"), StringComparison.Ordinal);
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
