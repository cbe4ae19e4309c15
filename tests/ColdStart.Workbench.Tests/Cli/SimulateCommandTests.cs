using System.Text.Json;
using ColdStart.Data;
using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Cli;

public sealed class SimulateCommandTests
{
    [Theory]
    [InlineData("--sessions 5", "Missing --dataset")]
    [InlineData("--dataset sample --sessions 0", "--sessions must be at least 1 (got 0).")]
    [InlineData("--dataset sample --steps x", "--steps takes a whole number; 'x' is not one.")]
    [InlineData("--dataset sample --exploration 0,1.5", "--exploration takes shares between 0 and 1 separated by commas; '1.5' is not one.")]
    [InlineData("--dataset sample --strategies Fancy", "Unknown strategy 'Fancy'")]
    [InlineData("--dataset sample --workspace shop", "Give --dataset or --workspace, not both.")]
    [InlineData("--dataset sample --adapt maybe", "--adapt must be yes or no (got 'maybe').")]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong(string args, string message)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(["simulate", .. args.Split(' ')]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.StartsWith("simulate: ", stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Simulate_on_a_small_sample_world_reports_every_strategy_and_share_with_per_step_curves()
    {
        var folder = Directory.CreateTempSubdirectory("coldstart-simulate-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"),
                """{ "SampleWorld": { "Seed": 7, "Items": 300, "Users": 500, "TargetEvents": 5000, "Days": 60 } }""");
            string json = Path.Combine(folder, "simulation.json");

            var (code, stdout, stderr) = await CliRun.RunAsync(
                ["simulate", "--dataset", "sample", "--strategies", "Balanced,Semantic only", "--sessions", "12", "--steps", "3",
                 "--exploration", "0,0.5", "--seed", "3", "--adapt", "yes", "--json", json], CliServices.LoadConfiguration(folder));

            Assert.True(code == 0, stderr);
            Assert.Contains("Not stored as a lab run: --dataset has no workspace", stderr, StringComparison.Ordinal);
            Assert.Contains("archetype click model", stdout, StringComparison.Ordinal);
            Assert.Contains("profiles adapt to clicks", stdout, StringComparison.Ordinal);
            Assert.Contains("| Balanced | 0 |", stdout, StringComparison.Ordinal);
            Assert.Contains("| Semantic only | 0.5 |", stdout, StringComparison.Ordinal);
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
            var rows = report.RootElement.GetProperty("rows");
            Assert.Equal(4, rows.GetArrayLength());
            foreach (var row in rows.EnumerateArray())
            {
                Assert.Equal(12, row.GetProperty("sessions").GetInt32());
                var curve = row.GetProperty("curve");
                Assert.Equal(3, curve.GetArrayLength());
                var reward = curve[2].GetProperty("cumulativeReward");
                Assert.True(reward.GetProperty("lower").GetDouble() <= reward.GetProperty("mean").GetDouble());
                Assert.True(reward.GetProperty("mean").GetDouble() <= reward.GetProperty("upper").GetDouble());
            }
            double Exposure(int r) => rows[r].GetProperty("newExposureShare").GetProperty("mean").GetDouble();
            Assert.Equal(0.5, Exposure(1), 2);
            Assert.True(Exposure(1) > Exposure(0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Simulate_on_a_workspace_stores_a_simulation_run_with_its_settings_and_report()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("shop", SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 300, Users: 500, TargetEvents: 5000, Days: 60)));
        string json = Path.Combine(database.Folder, "simulation.json");

        var (code, stdout, stderr) = await CliRun.RunAsync(
            ["simulate", "--workspace", "shop", "--sessions", "8", "--steps", "2", "--exploration", "0,0.5", "--adapt", "no", "--json", json],
            database.Configuration);

        Assert.True(code == 0, stderr);
        Assert.Contains("| Balanced | 0.5 |", stdout, StringComparison.Ordinal);
        var runs = new EvaluationRunStore(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var summary = Assert.Single(await runs.ListAsync());
        Assert.Contains($"Stored as lab run #{summary.Id}", stderr, StringComparison.Ordinal);
        Assert.Equal((EvaluationRunKinds.Simulation, EvaluationRunStatus.Completed, "shop"), (summary.Kind, summary.Status, summary.Workspace));
        Assert.Equal([0f, 0.5f], summary.Simulation!.Shares);
        Assert.Equal((8, 2, false), (summary.Simulation.Options.Sessions, summary.Simulation.Options.Steps, summary.Simulation.Options.Adapt));
        var stored = (await runs.FindAsync(summary.Id))!.Simulation!;
        Assert.Equal(await File.ReadAllTextAsync(json), stored.ToJson()); // --json unchanged: the stored report is the same
    }
}
