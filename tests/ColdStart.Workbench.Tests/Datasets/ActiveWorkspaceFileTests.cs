using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Datasets;

public sealed class ActiveWorkspaceFileTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Without_a_saved_choice_the_default_workspace_is_read()
    {
        await _fixture.PrepareAsync();

        Assert.Equal(WorkspaceKinds.DefaultWorkspace, _fixture.Choice.Read());
        Assert.Equal(WorkspaceKinds.DefaultWorkspace, await _fixture.Choice.ResolveAsync());
        Assert.False(File.Exists(_fixture.Choice.Path));
    }

    [Fact]
    public async Task The_file_sits_next_to_the_database_and_a_new_instance_reads_the_saved_choice()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));

        _fixture.Choice.Save("shop");
        var restarted = new ActiveWorkspaceFile(new DatabaseLocation(_fixture.Database.Path, "/", 1),
            Microsoft.Extensions.Options.Options.Create(new DataOptions()),
            _fixture.Database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

        Assert.Equal(Path.Combine(_fixture.Database.Folder, "workbench.workspace.json"), restarted.Path);
        Assert.Equal("shop", restarted.Read());
        Assert.Equal("shop", await restarted.ResolveAsync());
        Assert.Empty(Directory.GetFiles(_fixture.Database.Folder, "*.tmp"));
    }

    [Fact]
    public async Task A_saved_workspace_that_no_longer_exists_resolves_to_the_default()
    {
        await _fixture.PrepareAsync();
        _fixture.Choice.Save("gone");

        Assert.Equal("gone", _fixture.Choice.Read());
        Assert.Equal(WorkspaceKinds.DefaultWorkspace, await _fixture.Choice.ResolveAsync());
    }

    [Fact]
    public async Task An_unreadable_file_falls_back_to_the_default()
    {
        await _fixture.PrepareAsync();
        await File.WriteAllTextAsync(_fixture.Choice.Path, "{ not json");

        Assert.Equal(WorkspaceKinds.DefaultWorkspace, _fixture.Choice.Read());
    }
}
