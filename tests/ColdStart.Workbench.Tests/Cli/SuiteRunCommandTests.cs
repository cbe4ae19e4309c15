using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Cli;

public sealed class SuiteRunCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Exit_code_is_0_when_every_expectation_holds_and_1_when_one_fails()
    {
        var store = await _database.PrepareAsync();
        var world = SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 300, Users: 500, TargetEvents: 5000, Days: 60));
        await store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, world);
        var persona = SamplePersonas.For(world.Dataset)[0].Name;
        var suites = new SuiteStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var holding = await suites.AddAsync(WorkspaceKinds.DefaultWorkspace, new Suite("Holds", "Balanced", [new DistinctDepartments(persona, 10, 1)]));
        var failing = await suites.AddAsync(WorkspaceKinds.DefaultWorkspace, new Suite("Fails", "Balanced", [new ItemInTop(persona, 5, "NO-SUCH-SKU")]));
        string json = Path.Combine(_database.Folder, "runs.json");

        var pass = await CliRun.RunAsync(["suite", "run", "--suite", "Holds"], _database.Configuration);
        var fail = await CliRun.RunAsync(["suite", "run", "--json", json], _database.Configuration);

        Assert.True(pass.Code == 0, pass.Stderr);
        Assert.Contains($"PASS  The top 10 for {persona} must span at least 1 departments.", pass.Stdout, StringComparison.Ordinal);
        Assert.Contains("All 1 expectations of 1 suite(s) hold.", pass.Stdout, StringComparison.Ordinal);
        Assert.Equal(CommandLine.FailureExitCode, fail.Code);
        Assert.Contains($"FAIL  NO-SUCH-SKU must be in the top 5 for {persona}.  [NO-SUCH-SKU is not in the top 5.]", fail.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 of 2 expectations fail.", fail.Stdout, StringComparison.Ordinal);
        Assert.Contains("NO-SUCH-SKU", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
        var stored = await suites.ListRunsAsync(holding.Id);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal(SuiteTriggers.CommandLine, r.Trigger));
        Assert.False(Assert.Single(await suites.ListRunsAsync(failing.Id)).AllHeld);
    }

    [Fact]
    public async Task An_unknown_suite_or_a_workspace_without_suites_exits_1_with_the_reason()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));

        var none = await CliRun.RunAsync(["suite", "run"], _database.Configuration);
        var missing = await CliRun.RunAsync(["suite", "run", "--workspace", "elsewhere"], _database.Configuration);
        var usage = await CliRun.RunAsync(["suite", "run", "--colour", "red"], _database.Configuration);

        Assert.Equal(CommandLine.FailureExitCode, none.Code);
        Assert.Contains($"suite run: workspace '{WorkspaceKinds.DefaultWorkspace}' has no suites", none.Stderr, StringComparison.Ordinal);
        Assert.Equal(CommandLine.FailureExitCode, missing.Code);
        Assert.Contains("no workspace 'elsewhere'", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(CommandLine.UsageExitCode, usage.Code);
        Assert.Contains("Unknown option '--colour'", usage.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
