using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Personas;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class PersonaFormTests : BunitTestBase
{
    private readonly TempDatabase _database = new();

    public PersonaFormTests()
    {
        Services.AddSingleton(new PersonaStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()));
        Services.AddSingleton<ILiveModel>(new FakeLiveModel("tiny")
        {
            Current = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default),
        });
    }

    [Fact]
    public void A_seed_item_search_without_matches_says_no_matching_items()
    {
        var cut = RenderInteractive<PersonaForm>(p => p.Add(f => f.Draft, new PersonaDraft()).Add(f => f.Workspace, "tiny"));
        var search = cut.Find("[data-testid=persona-seed-item-search] input, input[data-testid=persona-seed-item-search]");

        search.Input("zzqx no such thing");

        cut.WaitForAssertion(() => Assert.Contains("No matching items", Popovers!.Find("[data-testid=persona-seed-item-none]").TextContent, StringComparison.Ordinal));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
