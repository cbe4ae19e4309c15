using ColdStart.Data.Import;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Tests.Import;

public sealed class MovieLensLatestImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportFolder WriteValidWorld() => _folder
        .Write("movies.csv",
            "movieId,title,genres",
            "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy",
            "11,\"American President, The (1995)\",Comedy|Drama|Romance",
            "7,\"\"\"Great Performances\"\" Cats (1998)\",Musical",
            "20,Untitled Project,(no genres listed)")
        .Write("ratings.csv",
            "userId,movieId,rating,timestamp",
            "10,1,4.0,964982703",
            "2,11,3.5,964981247",
            "1,7,0.5,964980000",
            "2,1,5.0,964990000")
        .Write("tags.csv",
            "userId,movieId,tag,timestamp",
            "2,1,Pixar,1445714994",
            "10,1,funny,1445714995",
            "1,1,pixar,1445714996",
            "2,11,politics,1445714997")
        .Write("links.csv", "movieId,imdbId,tmdbId", "1,0114709,862");

    [Fact]
    public void Imports_movies_with_quoted_titles_genres_and_years()
    {
        var data = DatasetImporter.ImportMovieLensLatest(WriteValidWorld().Path, ImportOptions.Default);

        Assert.Equal(["1", "11", "7", "20"], data.Items.Select(i => i.Id)); // file order
        Assert.Equal("American President, The (1995)", data.Items[1].Title);
        Assert.Equal("\"Great Performances\" Cats (1998)", data.Items[2].Title);
        Assert.Equal(new DateOnly(1998, 1, 1), data.Items[2].LaunchDate);
        Assert.Equal(("Adventure", "Adventure, Animation, Children, Comedy, Fantasy"), (data.Items[0].Department, data.Items[0].ProductType));
        var untitled = data.Items[3];
        Assert.Equal(("unknown", new DateOnly(1970, 1, 1)), (untitled.Department, untitled.LaunchDate));
        Assert.Equal("Untitled Project. Genres: unknown.", untitled.Description);
    }

    [Fact]
    public void Tags_are_lower_case_most_frequent_first_and_join_the_description()
    {
        var data = DatasetImporter.ImportMovieLensLatest(WriteValidWorld().Path, ImportOptions.Default);

        Assert.Equal(["pixar", "funny"], data.Items[0].Tags); // pixar twice (Pixar, pixar), funny once
        Assert.Equal("Toy Story (1995). Genres: Adventure, Animation, Children, Comedy, Fantasy. Tags: pixar, funny.", data.Items[0].Description);
        Assert.Equal(["politics"], data.Items[1].Tags);
        Assert.Empty(data.Items[2].Tags);
    }

    [Fact]
    public void Users_are_the_raters_sorted_by_numeric_id_without_attributes()
    {
        var data = DatasetImporter.ImportMovieLensLatest(WriteValidWorld().Path, ImportOptions.Default);

        Assert.Equal(["1", "2", "10"], data.Users.Select(u => u.Id));
        Assert.All(data.Users, u => Assert.Empty(u.Attributes));
    }

    [Fact]
    public void Ratings_become_time_ordered_events()
    {
        var data = DatasetImporter.ImportMovieLensLatest(WriteValidWorld().Path, ImportOptions.Default);

        Event[] expected =
        [
            new(0, 2, EventType.View, 964980000), // user "1", 0.5 stars
            new(1, 1, EventType.View, 964981247), // user "2", 3.5 stars
            new(2, 0, EventType.Purchase, 964982703), // user "10", 4 stars
            new(1, 0, EventType.Purchase, 964990000),
        ];
        Assert.Equal(expected, data.Events);
        Assert.Equal(964990000, data.Now);
    }

    [Fact]
    public void Tags_file_is_optional()
    {
        WriteValidWorld();
        File.Delete(Path.Combine(_folder.Path, "tags.csv"));
        var data = DatasetImporter.ImportMovieLensLatest(_folder.Path, ImportOptions.Default);
        Assert.All(data.Items, i => Assert.Empty(i.Tags));
    }

    [Fact]
    public void Official_quirks_bom_crlf_quoting_trailing_spaces_missing_years_and_no_genres_are_read()
    {
        // Lines as in ml-latest-small (CRLF line ends), each file here also starting with a UTF-8 BOM.
        _folder
            .WriteBytes("movies.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(
                "movieId,title,genres",
                "73,\"Mis\u00e9rables, Les (1995)\",Drama|War",
                "7789,\"11'09\"\"01 - September 11 (2002)\",Drama",
                "27008,From Dusk Till Dawn 2: Texas Blood Money (1999) ,Comedy|Crime|Horror",
                "40697,Babylon 5,Sci-Fi",
                "114335,La cravate (1957),(no genres listed)"))
            .WriteBytes("ratings.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(
                "userId,movieId,rating,timestamp",
                "1,73,4.0,964982703",
                "2,40697,2.5,964981247"))
            .WriteBytes("tags.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines(
                "userId,movieId,tag,timestamp",
                "567,73,\"\"\"artsy\"\"\",1525285878",
                "2,27008,\"vampires, sequel\",1445714994"))
            .WriteBytes("links.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("movieId,imdbId,tmdbId", "73,0113828,48750"));

        var data = DatasetImporter.Import(_folder.Path, ImportOptions.Default);

        Assert.Equal(["73", "7789", "27008", "40697", "114335"], data.Items.Select(i => i.Id));
        Assert.Equal("Mis\u00e9rables, Les (1995)", data.Items[0].Title);
        Assert.Equal("11'09\"01 - September 11 (2002)", data.Items[1].Title);
        Assert.Equal(("From Dusk Till Dawn 2: Texas Blood Money (1999)", new DateOnly(1999, 1, 1)), (data.Items[2].Title, data.Items[2].LaunchDate));
        Assert.Equal(("Babylon 5", new DateOnly(1970, 1, 1)), (data.Items[3].Title, data.Items[3].LaunchDate)); // no year in the title
        Assert.Equal(("unknown", new DateOnly(1957, 1, 1)), (data.Items[4].Department, data.Items[4].LaunchDate));
        Assert.Equal(["\"artsy\""], data.Items[0].Tags);
        Assert.Equal(["vampires, sequel"], data.Items[2].Tags);
        Assert.Equal((2, 2), (data.Users.Count, data.Events.Count));
    }

    [Fact]
    public void Bad_lines_in_crlf_files_with_a_bom_are_reported_at_their_line()
    {
        _folder
            .WriteBytes("movies.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("movieId,title,genres", "1,\"Heat,\r\n (1995)\",Action", "2,Casino (1995),Drama", "x3,Babe (1995),Children"))
            .WriteBytes("ratings.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("userId,movieId,rating,timestamp", "1,1,4.0,964982703", "1,3,4.0,964982703"));

        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportMovieLensLatest(_folder.Path, ImportOptions.Default), "movies.csv:5", "ratings.csv:3");
        Assert.Contains("movieId 'x3'", ImportAssert.MessageAt(ex, "movies.csv:5"), StringComparison.Ordinal); // the quoted CRLF counts as a line
        Assert.Contains("unknown movieId '3'", ImportAssert.MessageAt(ex, "ratings.csv:3"), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_line_numbers_and_nothing_is_imported()
    {
        _folder
            .Write("movies.csv",
                "movieId,title,genres",
                "1,Heat (1995),Action|Crime",
                "1,Heat again (1995),Action",
                "x2,Casino (1995),Drama",
                "3,Babe (1995)")
            .Write("ratings.csv",
                "userId,movieId,rating,timestamp",
                "1,1,4.0,964982703",
                "1,42,4.0,964982703",
                "1,1,great,964982703",
                "1,1,7.5,964982703",
                "1,1,4.0,1999-01-01",
                "one,1,4.0,964982703")
            .Write("tags.csv", "userId,movieId,tag,timestamp", "1,99,dull,1445714994");

        var ex = ImportAssert.FailsAt(
            () => DatasetImporter.ImportMovieLensLatest(_folder.Path, ImportOptions.Default),
            "movies.csv:3", "movies.csv:4", "movies.csv:5",
            "ratings.csv:3", "ratings.csv:4", "ratings.csv:5", "ratings.csv:6", "ratings.csv:7",
            "tags.csv:2");

        Assert.Contains("duplicate movieId '1'", ImportAssert.MessageAt(ex, "movies.csv:3"), StringComparison.Ordinal);
        Assert.Contains("expected 3 fields", ImportAssert.MessageAt(ex, "movies.csv:5"), StringComparison.Ordinal);
        Assert.Contains("unknown movieId '42'", ImportAssert.MessageAt(ex, "ratings.csv:3"), StringComparison.Ordinal);
        Assert.Contains("rating 'great'", ImportAssert.MessageAt(ex, "ratings.csv:4"), StringComparison.Ordinal);
        Assert.Contains("rating '7.5' is not a number between 0 and 5", ImportAssert.MessageAt(ex, "ratings.csv:5"), StringComparison.Ordinal);
        Assert.Contains("timestamp '1999-01-01'", ImportAssert.MessageAt(ex, "ratings.csv:6"), StringComparison.Ordinal);
        Assert.Contains("userId 'one'", ImportAssert.MessageAt(ex, "ratings.csv:7"), StringComparison.Ordinal);
        Assert.Contains("unknown movieId '99'", ImportAssert.MessageAt(ex, "tags.csv:2"), StringComparison.Ordinal);
    }
}
