using ColdStart.Data;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Tests.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Items;

/// <summary>The real <see cref="Workbench.Modeling.ModelHost"/> (its snapshot loaded from the store): a saved preview is the live model.</summary>
public sealed class PreviewedSaveHostTests
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent for two", [], []);

    [Fact]
    public async Task Saving_a_preview_swaps_in_the_candidate_and_a_preview_of_an_older_model_is_not_committed()
    {
        using var database = new TempDatabase();
        var world = TinyWorld.Create(WorkspaceKinds.DefaultWorkspace);
        await (await database.PrepareAsync()).SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, world);
        var services = new ServiceCollection().AddLogging();
        services.AddColdStartData(database.Configuration);
        services.AddSingleton<ActiveWorkspaceFile>();
        using var provider = services.BuildServiceProvider();
        using var host = LiveModelHost.Create(provider.GetRequiredService<WorldStore>(), provider.GetRequiredService<ActiveWorkspaceFile>());
        var model = await LiveModelHost.StartAsync(host);
        var editor = new ItemTagEditor(new ItemStore(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()), model);
        var live = model.Current!;
        var preview = TagEditPreview.Compute(live, new TagEditRequest("SKU-4", ["coffee", "camping", "tent"], [Camper], Strategy.Balanced));
        var older = TagEditPreview.Compute(live, new TagEditRequest("SKU-3", ["summer"], [Camper], Strategy.Balanced));
        Assert.Same(live, model.Current);

        var edit = await editor.SaveAsync(WorkspaceKinds.DefaultWorkspace, preview);

        Assert.True(edit.AsPreviewed);
        Assert.Same(preview.Candidate, model.Current);
        Assert.False(model.TryCommit(older.Basis, older.Candidate));
        Assert.Same(preview.Candidate, model.Current);
        var stale = await editor.SaveAsync(WorkspaceKinds.DefaultWorkspace, older);
        Assert.False(stale.AsPreviewed);
        Assert.Equal(["coffee", "camping", "tent"], model.Current!.Catalog.Items[3].Tags);
        Assert.Equal(["summer"], model.Current.Catalog.Items[2].Tags);
        await host.StopAsync(CancellationToken.None);
    }
}
