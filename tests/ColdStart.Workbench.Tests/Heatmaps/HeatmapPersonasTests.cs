using ColdStart.Data;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Engine.World;
using ColdStart.Workbench.Heatmaps;
using ColdStart.Workbench.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Heatmaps;

public sealed class HeatmapPersonasTests
{
    private static Persona Named(string name) => new(name, new Dictionary<string, string>(), "camping", [], []);

    [Fact]
    public async Task The_saved_personas_of_the_workspace_come_back_by_name()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Csv, world, Personas: [Named("Zoe"), Named("Adam")]));
        await store.SaveWorldAsync(new WorkspaceContent("other", WorkspaceKinds.Csv, TinyWorld.Create("other"), Personas: [Named("Elsewhere")]));
        var personas = new HeatmapPersonas(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

        var loaded = await personas.LoadAsync("tiny", world);

        Assert.Equal(["Adam", "Zoe"], loaded.Select(p => p.Name));
    }

    [Fact]
    public async Task A_workspace_without_saved_personas_falls_back_to_the_sample_personas()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = TinyWorld.Create();
        await store.SaveWorldAsync(new WorkspaceContent("tiny", WorkspaceKinds.Csv, world));
        var personas = new HeatmapPersonas(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());

        var loaded = await personas.LoadAsync("tiny", world);

        Assert.Equal(SamplePersonas.For(world).Select(p => p.Name), loaded.Select(p => p.Name));
        Assert.NotEmpty(loaded);
    }
}
