using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Items;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Items;

/// <summary>
/// The Items page's services over a real SQLite file and a fake live model of <see cref="TinyWorld"/> (word-hash
/// encoder): the item store, the tag editor, the impact previewer and the persona and strategy stores it reads.
/// </summary>
public abstract class ItemsPageTestBase : BunitTestBase
{
    protected ItemsPageTestBase()
    {
        var contexts = Database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        Items = new ItemStore(contexts);
        Services.AddSingleton(contexts);
        Services.AddSingleton(Items);
        Services.AddSingleton<ILiveModel>(Model);
        Services.AddScoped<ItemTagEditor>();
        Services.AddCompare();
        Services.AddSingleton<TagEditPreviewer>();
        Services.AddLogging();
    }

    protected TempDatabase Database { get; } = new();

    protected FakeLiveModel Model { get; } = new("tiny") { Current = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default) };

    protected ItemStore Items { get; }

    protected async Task SaveTinyWorldAsync()
    {
        var store = await Database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        Database.Dispose();
    }
}
