using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Suites;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class SuiteStoreTests : IAsyncLifetime, IDisposable
{
    private const string Workspace = "tiny";

    private static readonly Suite Checks = new("Launch checks", "Balanced",
    [
        new ItemInTop("Camper", 10, "SKU-1"), new NewItemShare("Camper", 10, 0.2), new ReferenceOverlap("Camper", 5, ["SKU-1", "SKU-5"], 0.4),
        new TagInTop("Camper", 5, "camping"), new BrandShare("Camper", 5, 0.6), new DistinctDepartments("Camper", 5, 2),
        new DepartmentInTop("Camper", 5, "Outdoor"), new ItemNotInTop("Camper", 3, "SKU-4"),
    ]);

    private readonly TempDatabase _database = new();
    private SuiteStore _store = default!;

    public async Task InitializeAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(Workspace, WorkspaceKinds.Csv, TinyWorld.Create());
        _store = new SuiteStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    [Fact]
    public async Task A_suite_and_its_run_come_back_unchanged()
    {
        var added = await _store.AddAsync(Workspace, Checks);
        var list = new PersonaList("Camper", [new SeenItem(1, "SKU-5", "Ultralight tent", "Outdoor", "Alpina", ["camping", "new"], true)]);
        var results = Checks.Expectations.Select((e, i) => new ExpectationResult(i, e, e.Sentence, e.Check(list).Held, e.Check(list).Observed)).ToList();
        var result = new SuiteRunResult(Checks.Name, "Balanced", SuiteFingerprints.Of(Strategy.Balanced), "model-fp", "catalog-fp", results, [list]);

        var summary = await _store.AddRunAsync(added.Id, new SuiteRunRecord(SuiteTriggers.Tags, "Tags of SKU-5 edited (+new)", 3, result));
        var suites = await _store.ListAsync(Workspace);
        var run = await _store.FindRunAsync(summary.Id);

        var stored = Assert.Single(suites);
        Assert.Equal(1, stored.Version);
        Assert.Equal(Checks.Expectations, stored.Suite.Expectations, (a, b) => a.Equals(b) || SameReference(a, b));
        Assert.Equal(Checks.Expectations.Select(e => e.Sentence), stored.Suite.Expectations.Select(e => e.Sentence));
        Assert.NotNull(run);
        Assert.Equal((SuiteTriggers.Tags, "Tags of SKU-5 edited (+new)", 3, 1), (run.Summary.Trigger, run.Summary.TriggerDetail, run.Summary.StrategyVersion, run.Summary.SuiteVersion));
        Assert.Equal(("model-fp", "catalog-fp", result.StrategyFingerprint), (run.Summary.ModelFingerprint, run.Summary.CatalogFingerprint, run.Summary.StrategyFingerprint));
        Assert.Equal((result.Held, result.Failed), (run.Summary.Held, run.Summary.Failed));
        Assert.Equal(results.Select(r => (r.Sentence, r.Held, r.Observed)), run.Result.Results.Select(r => (r.Sentence, r.Held, r.Observed)));
        Assert.Equal(list.Items, run.Result.Lists[0].Items, (a, b) => a.ItemId == b.ItemId && a.Rank == b.Rank && a.IsNew == b.IsNew && a.Tags.SequenceEqual(b.Tags));
        Assert.IsType<ReferenceOverlap>(run.Result.Results[2].Expectation);
    }

    [Fact]
    public async Task An_invalid_suite_is_refused_field_by_field_and_nothing_is_written()
    {
        var bad = new Suite("", "Balanced", [new ItemInTop("Camper", 0, "SKU-1")]);

        var error = await Assert.ThrowsAsync<SuiteFormatException>(() => _store.AddAsync(Workspace, bad));

        Assert.Contains("name: a suite needs a name.", error.Errors);
        Assert.Contains("expectations[0].topN: must be between 1 and 200 (got 0).", error.Errors);
        Assert.Empty(await _store.ListAsync(Workspace));
    }

    [Fact]
    public async Task A_stale_version_or_a_taken_name_is_a_conflict_and_runs_go_with_their_suite()
    {
        var first = await _store.AddAsync(Workspace, Checks);
        var updated = await _store.UpdateAsync(first.Id, first.Version, Checks with { Strategy = "Semantic only" });
        await Assert.ThrowsAsync<SuiteConflictException>(() => _store.UpdateAsync(first.Id, first.Version, Checks));
        await Assert.ThrowsAsync<SuiteConflictException>(() => _store.AddAsync(Workspace, Checks with { Name = "launch CHECKS" }));
        var result = new SuiteRunResult(Checks.Name, "Semantic only", null, "m", "c", [], []);
        var run = await _store.AddRunAsync(first.Id, new SuiteRunRecord(SuiteTriggers.Manual, "by hand", null, result));

        Assert.Equal(2, updated.Version);
        Assert.Equal(2, run.SuiteVersion);
        Assert.True(await _store.DeleteAsync(first.Id));
        Assert.Null(await _store.FindRunAsync(run.Id));
    }

    /// <summary>Records compare lists by reference; a reference-overlap expectation is equal when its SKUs are.</summary>
    private static bool SameReference(Expectation a, Expectation b) =>
        a is ReferenceOverlap ra && b is ReferenceOverlap rb && ra.ReferenceItemIds.SequenceEqual(rb.ReferenceItemIds) && ra with { ReferenceItemIds = [] } == rb with { ReferenceItemIds = [] };

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
