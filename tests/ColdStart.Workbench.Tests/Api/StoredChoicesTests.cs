using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Personas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

/// <summary>
/// The recommendations endpoint's read of stored personas and strategies: reused for <see cref="StoredChoices.MaxAge"/>
/// (a second) and read again after it, so an edit reaches the API within that time. A clock of our own, no waiting.
/// </summary>
public sealed class StoredChoicesTests : IDisposable
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "camping tent for two", [], []);
    private static readonly Persona Coffee = new("Coffee lover", new Dictionary<string, string>(), "coffee espresso", [], []);

    private readonly TempDatabase _database = new();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task Personas_and_strategies_are_reused_for_max_age_and_read_again_after_it()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        var personaStore = new PersonaStore(contexts);
        var strategyStore = new StrategyStore(contexts);
        await personaStore.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var choices = new StoredChoices(new PersonaSource(personaStore), strategyStore, _clock);

        var first = await choices.PersonasAsync(WorkspaceKinds.DefaultWorkspace);
        var strategies = await choices.StrategiesAsync();
        Assert.Equal(["Camper"], first.Select(p => p.Persona.Name));
        Assert.Contains(strategies, s => s.Name == "Balanced");

        await personaStore.CreateAsync(WorkspaceKinds.DefaultWorkspace, Coffee);
        await strategyStore.AddAsync(Strategy.Balanced with { Name = "Balanced copy" });
        _clock.Advance(StoredChoices.MaxAge - TimeSpan.FromMilliseconds(1));
        Assert.Same(first, await choices.PersonasAsync(WorkspaceKinds.DefaultWorkspace));
        Assert.Same(strategies, await choices.StrategiesAsync());

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["Camper", "Coffee lover"], (await choices.PersonasAsync(WorkspaceKinds.DefaultWorkspace)).Select(p => p.Persona.Name));
        Assert.Contains(await choices.StrategiesAsync(), s => s.Name == "Balanced copy");
        Assert.Empty(await choices.PersonasAsync("no such workspace"));
    }

    public void Dispose() => _database.Dispose();

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
