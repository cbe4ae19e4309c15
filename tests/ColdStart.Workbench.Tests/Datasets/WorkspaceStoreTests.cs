using ColdStart.Data;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class WorkspaceStoreTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Lists_every_workspace_oldest_first_with_its_counts_and_kind()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));

        var list = await _fixture.Workspaces.ListAsync();

        Assert.Equal(["sample", "shop"], list.Select(w => w.Name));
        Assert.Equal(("sample", 5, 1, 3, 10, true), (list[0].Kind, list[0].Items, list[0].NewItems, list[0].Users, list[0].Events, list[0].IsSample));
        Assert.Equal(("csv", 4, 1, 2, 6, false), (list[1].Kind, list[1].Items, list[1].NewItems, list[1].Users, list[1].Events, list[1].IsSample));
        Assert.Equal(DateTimeKind.Utc, list[1].CreatedAt.Kind);
        Assert.InRange(list[1].CreatedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task An_encoder_choice_round_trips_per_workspace_and_null_means_the_configured_default()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        string[] known = ["project", "minilm", "arctic-xs"];

        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("shop"));
        await _fixture.Workspaces.SetEncoderAsync("shop", " MiniLM ", known);

        Assert.Equal("minilm", await _fixture.Workspaces.GetEncoderAsync("shop"));
        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("sample"));
        Assert.Equal([null, "minilm"], (await _fixture.Workspaces.ListAsync()).Select(w => w.Encoder));

        await _fixture.Workspaces.SetEncoderAsync("shop", null, known);
        Assert.Null(await _fixture.Workspaces.GetEncoderAsync("shop"));
    }

    [Fact]
    public async Task An_unknown_encoder_or_workspace_is_refused_by_name_and_changes_nothing()
    {
        await _fixture.PrepareAsync();
        await _fixture.Workspaces.SetEncoderAsync("sample", "arctic-xs", ["project", "minilm", "arctic-xs"]);

        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => _fixture.Workspaces.SetEncoderAsync("sample", "bert-large", ["project", "minilm", "arctic-xs"]));
        var missing = await Assert.ThrowsAsync<KeyNotFoundException>(() => _fixture.Workspaces.SetEncoderAsync("nowhere", "minilm", ["project", "minilm", "arctic-xs"]));

        Assert.StartsWith("Unknown encoder 'bert-large' for workspace 'sample'; choose one of project, minilm, arctic-xs", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("There is no workspace named 'nowhere'.", missing.Message);
        Assert.Equal("arctic-xs", await _fixture.Workspaces.GetEncoderAsync("sample"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _fixture.Workspaces.GetEncoderAsync("nowhere"));
    }

    [Fact]
    public async Task Delete_removes_the_workspace_and_all_its_rows_and_leaves_the_others()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync(new ColdStart.Data.Storage.WorkspaceContent("shop", "csv", ShopCsv.Read("shop"),
            Personas: [new Persona("Desk buyer", new Dictionary<string, string>(), "home office", ["D-1"], [])]));
        var before = await CountRowsAsync();

        await _fixture.Workspaces.DeleteAsync("shop");

        Assert.Equal(["sample"], (await _fixture.Workspaces.ListAsync()).Select(w => w.Name));
        var after = await CountRowsAsync();
        Assert.Equal((before.Items - 4, before.Tags - 7, before.Users - 2, before.Events - 6, before.Personas - 1), after);
        Assert.Equal((5, 3, 10), (after.Items, after.Users, after.Events));
    }

    [Fact]
    public async Task Delete_refuses_the_sample_workspace_and_an_unknown_name_and_changes_nothing()
    {
        await _fixture.PrepareAsync();

        var sample = await Assert.ThrowsAsync<InvalidOperationException>(() => _fixture.Workspaces.DeleteAsync(WorkspaceKinds.DefaultWorkspace));
        var unknown = await Assert.ThrowsAsync<KeyNotFoundException>(() => _fixture.Workspaces.DeleteAsync("nope"));

        Assert.Contains("sample world", sample.Message, StringComparison.Ordinal);
        Assert.Contains("'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(5, (await _fixture.Workspaces.ListAsync()).Single().Items);
    }

    [Fact]
    public async Task Exists_compares_names_exactly()
    {
        await _fixture.PrepareAsync();

        Assert.True(await _fixture.Workspaces.ExistsAsync("sample"));
        Assert.False(await _fixture.Workspaces.ExistsAsync("shop"));
    }

    private async Task<(int Items, int Tags, int Users, int Events, int Personas)> CountRowsAsync()
    {
        await using var db = _fixture.Database.CreateContext();
        return (await db.Items.CountAsync(), await db.ItemTags.CountAsync(), await db.Users.CountAsync(),
            await db.Events.CountAsync(), await db.Personas.CountAsync());
    }
}
