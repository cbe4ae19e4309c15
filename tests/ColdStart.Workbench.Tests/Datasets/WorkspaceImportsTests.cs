using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Datasets;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class WorkspaceImportsTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Valid_files_become_a_new_workspace_and_the_uploads_are_deleted()
    {
        await _fixture.PrepareAsync();
        var stages = new List<ImportStage>();
        _fixture.Imports.Changed += () => stages.Add(_fixture.Imports.Current!.Stage);

        var job = await _fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv), ShopCsv.Uploads());

        Assert.Equal(ImportStage.Succeeded, job.Stage);
        Assert.Equal("Imported 'shop': 4 items, 2 users, 6 events.", job.Message);
        Assert.Equal([ImportStage.Uploading, ImportStage.Reading, ImportStage.Storing, ImportStage.Succeeded], stages.Distinct());
        var shop = (await _fixture.Workspaces.ListAsync()).Single(w => w.Name == "shop");
        Assert.Equal(("csv", 4, 1, 2, 6), (shop.Kind, shop.Items, shop.NewItems, shop.Users, shop.Events));
        Assert.Empty(_fixture.LeftoverUploads());
    }

    [Fact]
    public async Task A_locked_database_fails_the_import_with_the_locked_message_and_a_retry_succeeds()
    {
        await _fixture.PrepareAsync();
        ImportJob job;
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_fixture.Database.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await using (var hold = other.CreateCommand())
            {
                hold.CommandText = "BEGIN EXCLUSIVE;";
                await hold.ExecuteNonQueryAsync();
            }
            job = await _fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv), ShopCsv.Uploads());
        }

        Assert.Equal(ImportStage.Failed, job.Stage);
        Assert.Contains("is locked by another process", job.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was written; try again", job.Message, StringComparison.Ordinal);
        Assert.Empty(_fixture.LeftoverUploads());
        var retry = await _fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv), ShopCsv.Uploads());
        Assert.Equal(ImportStage.Succeeded, retry.Stage);
    }

    [Fact]
    public async Task The_rating_threshold_decides_which_ratings_are_strong_positives()
    {
        await _fixture.PrepareAsync();

        await _fixture.Imports.ImportAsync(new ImportRequest("strict", DatasetFormat.GenericCsv, StrongRatingThreshold: 5.5f), ShopCsv.Uploads());
        await _fixture.Imports.ImportAsync(new ImportRequest("lenient", DatasetFormat.GenericCsv, StrongRatingThreshold: 3f), ShopCsv.Uploads());

        // One explicit purchase; rating 5 and rating 3 are purchases only when at or above the threshold.
        Assert.Equal(1, await PurchasesAsync("strict"));
        Assert.Equal(3, await PurchasesAsync("lenient"));
    }

    [Fact]
    public async Task Bad_lines_import_nothing_and_are_listed_by_file_and_line()
    {
        await _fixture.PrepareAsync();

        var job = await _fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv), ShopCsv.Uploads(ShopCsv.BadEvents));

        Assert.Equal(ImportStage.Failed, job.Stage);
        Assert.Equal("Nothing was imported: the files have 2 errors.", job.Message);
        Assert.Equal(
            ["events.csv:3: unknown item_id 'D-9' (not in items.csv)",
             "events.csv:5: timestamp 'yesterday' is neither Unix seconds nor an ISO 8601 date/time"],
            job.Errors!.Select(e => e.ToString()));
        Assert.Equal(["sample"], (await _fixture.Workspaces.ListAsync()).Select(w => w.Name));
        Assert.Empty(_fixture.LeftoverUploads());
    }

    [Fact]
    public async Task An_existing_name_is_refused_with_a_clear_message_and_the_workspace_is_untouched()
    {
        await _fixture.PrepareAsync();

        var job = await _fixture.Imports.ImportAsync(new ImportRequest("sample", DatasetFormat.GenericCsv), ShopCsv.Uploads());

        Assert.Equal(ImportStage.Failed, job.Stage);
        Assert.Equal("A workspace named 'sample' already exists, and an existing workspace is never overwritten. Choose another name.", job.Message);
        Assert.Equal(5, (await _fixture.Workspaces.ListAsync()).Single().Items);
    }

    [Theory]
    [InlineData("", "Give the workspace a name.")]
    [InlineData("shop/2", "The workspace name may hold letters, digits, spaces, '-', '_' and '.', not '/'.")]
    [InlineData(" shop", "The workspace name must not start or end with a space.")]
    public async Task A_bad_name_is_refused_before_anything_is_read(string name, string message)
    {
        await _fixture.PrepareAsync();

        var job = await _fixture.Imports.ImportAsync(new ImportRequest(name, DatasetFormat.GenericCsv), ShopCsv.Uploads());

        Assert.Equal((ImportStage.Failed, message), (job.Stage, job.Message));
    }

    [Fact]
    public async Task A_missing_required_file_is_named()
    {
        await _fixture.PrepareAsync();

        var job = await _fixture.Imports.ImportAsync(new ImportRequest("ml", DatasetFormat.MovieLensLatest),
            [ShopCsv.Upload("movies.csv", "movieId,title,genres\n1,Heat (1995),Action")]);

        Assert.Equal("MovieLens latest needs ratings.csv; choose that file.", job.Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_and_nothing_is_written()
    {
        using var fixture = new DatasetsFixture(maxFileMegabytes: 1);
        await fixture.PrepareAsync();
        var huge = ShopCsv.Upload("events.csv", ShopCsv.Events, "events-big.csv") with { Size = 3L * 1024 * 1024 };

        var job = await fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv),
            [ShopCsv.Upload("items.csv", ShopCsv.Items), ShopCsv.Upload("users.csv", ShopCsv.Users), huge]);

        Assert.Equal("events-big.csv is 3.0 MB; the limit is 1 MB per file (setting Datasets:MaxFileMegabytes).", job.Message);
        Assert.Empty(fixture.LeftoverUploads());
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_stops_the_upload_and_deletes_the_partial_file()
    {
        using var fixture = new DatasetsFixture(maxFileMegabytes: 1);
        await fixture.PrepareAsync();
        var bytes = new byte[(1024 * 1024) + 10];
        var lying = new UploadedFile("events.csv", "events.csv", 100, (_, _) => new MemoryStream(bytes));

        var job = await fixture.Imports.ImportAsync(new ImportRequest("shop", DatasetFormat.GenericCsv),
            [ShopCsv.Upload("items.csv", ShopCsv.Items), ShopCsv.Upload("users.csv", ShopCsv.Users), lying]);

        Assert.Equal("Nothing was imported: events.csv is larger than the upload limit of 1 MB.", job.Message);
        Assert.Empty(fixture.LeftoverUploads());
        Assert.Equal(["sample"], (await fixture.Workspaces.ListAsync()).Select(w => w.Name));
    }

    private async Task<int> PurchasesAsync(string workspace)
    {
        var data = await _fixture.Store.LoadDatasetAsync(workspace);
        return data.Events.Count(e => e.Type == EventType.Purchase);
    }
}
