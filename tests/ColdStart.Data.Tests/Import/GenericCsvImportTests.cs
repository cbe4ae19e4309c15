using ColdStart.Data.Import;
using ColdStart.Engine.Domain;

namespace ColdStart.Data.Tests.Import;

public sealed class GenericCsvImportTests : IDisposable
{
    private readonly ImportFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ImportFolder WriteValidWorld() => _folder
        .Write("items.csv",
            "id,title,description,category,tags,price,launch_date",
            "SKU-1,Trail Tent,\"Sleeps two, packs small.\nStorm tested.\",Outdoor > Camping > Tents,Ultralight| Waterproof ,199.5,2024-03-01",
            "SKU-2,\"The \"\"Chef\"\" Pan\",Cast iron.,Kitchen/Cookware,iron;gift,35,",
            "SKU-3,Gift Card,,,,,")
        .Write("users.csv",
            "id,age_band,region,tier",
            "u1,25-34,north,plus",
            "u2,65+,,guest")
        .Write("events.csv",
            "user_id,item_id,type,timestamp,query,rating",
            "u1,SKU-1,view,2024-05-01T10:00:00Z,,",
            "u1,,search,1714550000,camping tent,",
            "u2,SKU-2,Purchase,1714000000,,",
            "u2,SKU-3,rating,1714000100,,4.5",
            "u1,SKU-3,rating,2024-05-02,,2",
            "u1,SKU-2,cart,1714600000,ignored query,");

    [Fact]
    public void Imports_items_with_category_parts_tags_price_and_date()
    {
        var data = DatasetImporter.ImportCsv(WriteValidWorld().Path, new ImportOptions(Name: "shop"));

        Assert.Equal("shop", data.Name);
        Assert.Equal(["SKU-1", "SKU-2", "SKU-3"], data.Items.Select(i => i.Id));
        var tent = data.Items[0];
        Assert.Equal("Sleeps two, packs small.\nStorm tested.", tent.Description);
        Assert.Equal(("Outdoor", "Tents", "Outdoor > Camping > Tents"), (tent.Department, tent.ProductType, tent.CategoryPath));
        Assert.Equal(["ultralight", "waterproof"], tent.Tags);
        Assert.Equal(199.5f, tent.Price);
        Assert.Equal(new DateOnly(2024, 3, 1), tent.LaunchDate);

        var pan = data.Items[1];
        Assert.Equal("The \"Chef\" Pan", pan.Title);
        Assert.Equal(("Kitchen", "Cookware"), (pan.Department, pan.ProductType));
        Assert.Equal(["iron", "gift"], pan.Tags);
        Assert.Equal(new DateOnly(1970, 1, 1), pan.LaunchDate); // empty launch_date

        var card = data.Items[2];
        Assert.Equal(("", "", 0f), (card.Department, card.CategoryPath, card.Price));
        Assert.Empty(card.Tags);
    }

    [Fact]
    public void Imports_users_with_every_non_empty_attribute_column()
    {
        var data = DatasetImporter.ImportCsv(WriteValidWorld().Path, ImportOptions.Default);

        Assert.Equal(["u1", "u2"], data.Users.Select(u => u.Id));
        Assert.Equal(new Dictionary<string, string> { ["age_band"] = "25-34", ["region"] = "north", ["tier"] = "plus" }, data.Users[0].Attributes);
        Assert.Equal(new Dictionary<string, string> { ["age_band"] = "65+", ["tier"] = "guest" }, data.Users[1].Attributes);
    }

    [Fact]
    public void Imports_events_in_time_order_with_ratings_split_at_the_threshold()
    {
        var data = DatasetImporter.ImportCsv(WriteValidWorld().Path, ImportOptions.Default);

        // 2024-05-01T10:00:00Z = 1714557600; 2024-05-02 = 1714608000.
        Event[] expected =
        [
            new(1, 1, EventType.Purchase, 1714000000),
            new(1, 2, EventType.Purchase, 1714000100), // rating 4.5 ≥ 4
            new(0, -1, EventType.Search, 1714550000, "camping tent"),
            new(0, 0, EventType.View, 1714557600),
            new(0, 1, EventType.Cart, 1714600000), // a query on a non-search event is dropped
            new(0, 2, EventType.View, 1714608000), // rating 2 < 4
        ];
        Assert.Equal(expected, data.Events);
    }

    [Fact]
    public void Rating_threshold_is_configurable()
    {
        var data = DatasetImporter.ImportCsv(WriteValidWorld().Path, new ImportOptions(StrongRatingThreshold: 5f));
        Assert.Equal(EventType.View, data.Events.Single(e => e.Timestamp == 1714000100).Type); // 4.5 < 5
    }

    [Fact]
    public void Files_with_a_utf8_bom_and_crlf_line_ends_keep_their_header()
    {
        _folder
            .WriteBytes("items.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("id,title,category,launch_date", "A,Cr\u00e8me br\u00fbl\u00e9e,Food,2024-01-01", "B,\"Two\r\nlines\",Food,"))
            .WriteBytes("users.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("id,tier", "u1,plus"))
            .WriteBytes("events.csv", ImportFolder.Utf8Bom, ImportFolder.CrlfLines("user_id,item_id,type,timestamp", "u1,A,view,1700000000", "u1,B,purchase,1700000100"));

        var data = DatasetImporter.Import(_folder.Path, ImportOptions.Default);

        Assert.Equal(["A", "B"], data.Items.Select(i => i.Id));
        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e", data.Items[0].Title);
        Assert.Equal(("Food", new DateOnly(2024, 1, 1)), (data.Items[0].Department, data.Items[0].LaunchDate));
        Assert.Equal("Two\nlines", data.Items[1].Title);
        Assert.Equal(new Dictionary<string, string> { ["tier"] = "plus" }, data.Users[0].Attributes); // "id" found despite the BOM
        Assert.Equal([EventType.View, EventType.Purchase], data.Events.Select(e => e.Type));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_read_as_latin1()
    {
        byte[] items = [.. "id,title\r\nA,Cr"u8, 0xE8, .. "me br"u8, 0xFB, .. "l"u8, 0xE9, .. "e\r\n"u8];
        _folder.WriteBytes("items.csv", items).Write("users.csv", "id", "u1").Write("events.csv", "user_id,item_id,type,timestamp", "u1,A,view,1");

        var data = DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default);

        Assert.Equal("Cr\u00e8me br\u00fbl\u00e9e", data.Items[0].Title);
    }

    [Fact]
    public void Nul_bytes_and_damaged_utf8_are_refused_with_file_and_line()
    {
        byte[] items = [.. "id,title\nA,Cr\u00e8me\nB,br"u8, 0xFB, .. "l\n"u8];
        _folder.WriteBytes("items.csv", items).Write("users.csv", "id", "u1")
            .WriteBytes("events.csv", [.. "user_id,item_id,type,timestamp\nu1,A,view,1\nu1,A,vi"u8, 0x00, .. "ew,2\n"u8]);

        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default), "items.csv:3", "events.csv:3");

        Assert.Contains("not valid UTF-8", ImportAssert.MessageAt(ex, "items.csv:3"), StringComparison.Ordinal);
        Assert.Contains("NUL byte", ImportAssert.MessageAt(ex, "events.csv:3"), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_lines_are_all_reported_by_file_and_line_and_nothing_is_imported()
    {
        _folder
            .Write("items.csv",
                "id,title,category,price,launch_date",
                "A,Alpha,Toys,1,2024-01-01",
                "B,Beta,Toys,cheap,2024-01-01",
                "C,Gamma,Toys,2,2024-13-45",
                "A,Alpha again,Toys,3,2024-01-01",
                "D,Delta,Toys,4",
                "E,\"Epsilon,\nwith a line break\",Toys,5,2024-01-01",
                "F,,Toys,5,2024-01-01")
            .Write("users.csv", "id,tier", "u1,plus", "u1,basic")
            .Write("events.csv",
                "user_id,item_id,type,timestamp,rating",
                "u1,A,view,1700000000,",
                "u1,Z,view,1700000000,",
                "u9,A,view,1700000000,",
                "u1,A,view,yesterday,",
                "u1,A,rating,1700000000,five",
                "u1,A,like,1700000000,",
                "u1,A,view",
                "u1,B,view,1700000000,");

        var ex = ImportAssert.FailsAt(
            () => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default),
            "items.csv:3", "items.csv:4", "items.csv:5", "items.csv:6", "items.csv:9",
            "users.csv:3",
            "events.csv:3", "events.csv:4", "events.csv:5", "events.csv:6", "events.csv:7", "events.csv:8");

        Assert.Contains("price 'cheap'", ImportAssert.MessageAt(ex, "items.csv:3"), StringComparison.Ordinal);
        Assert.Contains("launch_date '2024-13-45'", ImportAssert.MessageAt(ex, "items.csv:4"), StringComparison.Ordinal);
        Assert.Contains("duplicate item id 'A' (first defined on line 2)", ImportAssert.MessageAt(ex, "items.csv:5"), StringComparison.Ordinal);
        Assert.Contains("expected 5 fields", ImportAssert.MessageAt(ex, "items.csv:6"), StringComparison.Ordinal);
        Assert.Contains("title is empty", ImportAssert.MessageAt(ex, "items.csv:9"), StringComparison.Ordinal); // line 7 holds a two-line record
        Assert.Contains("duplicate user id 'u1'", ImportAssert.MessageAt(ex, "users.csv:3"), StringComparison.Ordinal);
        Assert.Contains("unknown item_id 'Z'", ImportAssert.MessageAt(ex, "events.csv:3"), StringComparison.Ordinal);
        Assert.Contains("unknown user_id 'u9'", ImportAssert.MessageAt(ex, "events.csv:4"), StringComparison.Ordinal);
        Assert.Contains("timestamp 'yesterday'", ImportAssert.MessageAt(ex, "events.csv:5"), StringComparison.Ordinal);
        Assert.Contains("rating 'five' is not a number", ImportAssert.MessageAt(ex, "events.csv:6"), StringComparison.Ordinal);
        Assert.Contains("type 'like'", ImportAssert.MessageAt(ex, "events.csv:7"), StringComparison.Ordinal);
        Assert.Contains("items.csv:3: price 'cheap'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_outside_the_dates_a_clock_can_show_are_refused_with_file_line_and_field()
    {
        _folder.Write("items.csv", "id,title", "A,Alpha").Write("users.csv", "id", "u1")
            .Write("events.csv", "user_id,item_id,type,timestamp",
                "u1,A,view,1700000000",
                "u1,A,view,9223372036854775807",
                "u1,A,view,-9223372036854775808",
                "u1,A,view,253402300799",
                "u1,A,view,253402300800");

        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default), "events.csv:3", "events.csv:4", "events.csv:6");

        Assert.Contains("timestamp '9223372036854775807' is out of range", ImportAssert.MessageAt(ex, "events.csv:3"), StringComparison.Ordinal);
        Assert.Contains("timestamp '-9223372036854775808' is out of range", ImportAssert.MessageAt(ex, "events.csv:4"), StringComparison.Ordinal);
        Assert.Contains("timestamp '253402300800' is out of range", ImportAssert.MessageAt(ex, "events.csv:6"), StringComparison.Ordinal);
    }

    [Fact]
    public void Header_only_files_are_refused_instead_of_making_an_empty_workspace()
    {
        _folder.Write("items.csv", "id,title").Write("users.csv", "id").Write("events.csv", "user_id,item_id,type,timestamp");

        var ex = ImportAssert.FailsAt(() => DatasetImporter.Import(_folder.Path, ImportOptions.Default), "items.csv:0", "events.csv:0");

        Assert.Contains("holds no items", ImportAssert.MessageAt(ex, "items.csv:0"), StringComparison.Ordinal);
        Assert.Contains("holds no events", ImportAssert.MessageAt(ex, "events.csv:0"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_column_is_reported_on_the_header_line()
    {
        _folder.Write("items.csv", "id,name", "A,Alpha").Write("users.csv", "id", "u1").Write("events.csv", "user_id,item_id,type,timestamp");
        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default), "items.csv:1");
        Assert.Contains("title", ex.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_and_unterminated_quote_are_reported()
    {
        _folder.Write("items.csv", "id,title", "A,\"Alpha", "B,Beta").Write("events.csv", "user_id,item_id,type,timestamp");
        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default), "items.csv:2", "users.csv:0");
        Assert.Contains("unterminated quoted field", ImportAssert.MessageAt(ex, "items.csv:2"), StringComparison.Ordinal);
        Assert.Contains("file not found", ImportAssert.MessageAt(ex, "users.csv:0"), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_events_need_a_query_and_no_item()
    {
        _folder.Write("items.csv", "id,title", "A,Alpha").Write("users.csv", "id", "u1")
            .Write("events.csv", "user_id,item_id,type,timestamp,query", "u1,,search,1,", "u1,A,search,2,tents");
        var ex = ImportAssert.FailsAt(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default), "events.csv:2", "events.csv:3");
        Assert.Contains("empty query", ImportAssert.MessageAt(ex, "events.csv:2"), StringComparison.Ordinal);
        Assert.Contains("take no item_id", ImportAssert.MessageAt(ex, "events.csv:3"), StringComparison.Ordinal);
    }

    [Fact]
    public void Error_listing_is_capped_but_every_error_is_counted()
    {
        var lines = new[] { "id,title,price" }.Concat(Enumerable.Range(0, 150).Select(i => $"I{i},Item {i},free")).ToArray();
        _folder.Write("items.csv", lines).Write("users.csv", "id").Write("events.csv", "user_id,item_id,type,timestamp");

        var ex = Assert.Throws<ImportException>(() => DatasetImporter.ImportCsv(_folder.Path, ImportOptions.Default));
        Assert.Equal(ImportReport.MaxListedErrors, ex.Errors.Count);
        Assert.Equal(150, ex.TotalErrors);
        Assert.Equal("items.csv:2", $"{ex.Errors[0].File}:{ex.Errors[0].Line}");
        Assert.EndsWith("and 145 more", ex.Message, StringComparison.Ordinal);
    }
}
