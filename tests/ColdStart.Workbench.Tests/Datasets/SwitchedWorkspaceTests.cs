using Bunit;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages;
using ColdStart.Workbench.Components.Pages.Items;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>Switching with the real model host: pages follow the switch, and the choice survives a restart.</summary>
public sealed class SwitchedWorkspaceTests : BunitTestBase
{
    private readonly DatasetsFixture _fixture = new();
    private readonly List<ModelHost> _hosts = [];

    [Fact]
    public async Task The_items_and_home_pages_show_the_switched_workspace()
    {
        await PrepareAsync();
        var host = await StartHostAsync(_fixture.Choice);
        var active = _fixture.ActiveOver(host);
        var status = new SeedingStatus();
        status.MarkReady("ready");
        Services.AddSingleton(active);
        Services.AddSingleton(status);
        Services.AddSingleton(_fixture.Store);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new DataOptions()));
        Services.AddSingleton(host);
        Services.AddSingleton<ILiveModel>(active);
        Services.AddSingleton(_fixture.Contexts);
        Services.AddItems();
        Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var home = RenderInteractive<Home>();
        home.WaitForAssertion(() => Assert.Equal("5", StatValue(home, "stat-items")));

        Assert.True(await active.SwitchToAsync("shop"));

        Assert.Equal("shop", active.Workspace);
        Assert.Equal(["D-1", "D-2", "D-3", "D-4"], active.Current!.Dataset.Items.Select(i => i.Id));
        home.WaitForAssertion(() => Assert.Equal("4", StatValue(home, "stat-items")));
        Assert.Equal("Workspace “shop”", home.Find("h4").TextContent);
        var items = Render<ItemsPage>(); // the popover provider and the interactive renderer are already in place
        items.WaitForAssertion(() => Assert.Equal(
            ["item-row-D-1", "item-row-D-2", "item-row-D-3", "item-row-D-4"],
            items.FindAll("[data-testid^=item-row-]").Select(e => e.GetAttribute("data-testid"))));
    }

    [Fact]
    public async Task The_active_workspace_survives_a_restart_and_the_new_host_builds_it()
    {
        await PrepareAsync();
        var first = await StartHostAsync(_fixture.Choice);
        var active = _fixture.ActiveOver(first);
        Assert.Equal("sample", active.Workspace);
        Assert.True(await active.SwitchToAsync("shop"));
        await first.StopAsync(CancellationToken.None);

        // A restart: new services, a new DbContext factory and a new host over the same database file.
        var services = new ServiceCollection().AddLogging();
        services.AddColdStartData(_fixture.Database.Configuration);
        services.AddSingleton<ActiveWorkspaceFile>();
        await using var provider = services.BuildServiceProvider();
        var second = LiveModelHost.Create(provider.GetRequiredService<ColdStart.Data.Storage.WorldStore>(), provider.GetRequiredService<ActiveWorkspaceFile>());
        _hosts.Add(second);

        Assert.Equal("shop", second.DefaultWorkspace);
        var live = await LiveModelHost.StartAsync(second);
        Assert.Equal("shop", live.Workspace);
        Assert.Equal(4, live.Current!.Dataset.Items.Count);
    }

    [Fact]
    public async Task An_imported_workspace_gets_its_own_encoder_and_switching_back_reuses_the_loaded_one()
    {
        await PrepareAsync();
        var host = await StartHostAsync(_fixture.Choice);
        var active = _fixture.ActiveOver(host);
        var sampleEncoder = active.Current!.Encoder;

        Assert.True(await active.SwitchToAsync("shop"));

        string folder = WorkspaceEncoders.Folder(_fixture.Choice, "shop");
        Assert.True(File.Exists(Path.Combine(folder, "encoder.onnx")), $"no encoder trained in {folder}");
        Assert.True(File.Exists(Path.Combine(folder, "encoder.vocab.txt")));
        Assert.NotSame(sampleEncoder, active.Current!.Encoder);
        var vocabulary = File.ReadAllLines(Path.Combine(folder, "encoder.vocab.txt"));
        Assert.Contains("desk", vocabulary);
        Assert.True(vocabulary.Length < File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "models", "encoder.vocab.txt")).Length);

        Assert.True(await active.SwitchToAsync("sample"));
        Assert.Same(sampleEncoder, active.Current!.Encoder);

        await active.DeleteAsync("shop");
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_model_build_that_fails_shows_its_message_and_keeps_the_previous_model()
    {
        await PrepareAsync();
        var host = await StartHostAsync(_fixture.Choice);
        var active = _fixture.ActiveOver(host);
        var before = active.Current;
        // A timestamp no clock can show, as imports stored before they checked the range: the build throws.
        await CorruptEventsAsync("shop");

        Assert.False(await active.SwitchToAsync("shop"));

        Assert.True(active.Status.State == ModelState.Failed, active.Status.Message);
        Assert.StartsWith("Building the model for workspace 'shop' failed: ", active.Status.Message, StringComparison.Ordinal);
        Assert.Same(before, active.Current);
        Assert.Equal("sample", active.Workspace);

        await CorruptEventsAsync("sample");
        await active.RebuildAsync();

        Assert.Equal(ModelState.Failed, active.Status.State);
        Assert.StartsWith("Building the model for workspace 'sample' failed: ", active.Status.Message, StringComparison.Ordinal);
        Assert.EndsWith("The previous model (workspace 'sample') is still served.", active.Status.Message, StringComparison.Ordinal);
        Assert.Same(before, active.Current);
    }

    private async Task CorruptEventsAsync(string workspace)
    {
        await using var db = await _fixture.Contexts.CreateDbContextAsync();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
            $"UPDATE Events SET Timestamp = {long.MaxValue} WHERE WorkspaceId = (SELECT Id FROM Workspaces WHERE Name = {{0}})", workspace);
    }

    private async Task PrepareAsync()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
    }

    private async Task<ModelHost> StartHostAsync(ActiveWorkspaceFile choice)
    {
        var host = LiveModelHost.Create(_fixture.Store, choice);
        _hosts.Add(host);
        await LiveModelHost.StartAsync(host);
        return host;
    }

    private static string StatValue(IRenderedComponent<Home> cut, string testId) =>
        cut.Find($"[data-testid={testId}] .stat-value").TextContent.Trim();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var host in _hosts) host.Dispose();
            _fixture.Dispose();
        }
        base.Dispose(disposing);
    }
}
