using ColdStart.Engine.Evaluation;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Cli;
using Microsoft.Extensions.Configuration;

namespace ColdStart.Workbench.Tests.Cli;

/// <summary><c>eval</c> reads the sample world and the store the way the app does: appsettings.json's SampleWorld section and Data:DatabasePath.</summary>
public sealed class EvalSourceTests
{
    [Fact]
    public async Task Dataset_sample_generates_the_world_of_the_SampleWorld_section_of_appsettings_json()
    {
        var folder = Directory.CreateTempSubdirectory("coldstart-eval-settings-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"),
                """{ "SampleWorld": { "Seed": 7, "Items": 300, "Users": 500, "TargetEvents": 5000, "Days": 60 } }""");
            string json = Path.Combine(folder, "report.json");

            var (code, stdout, stderr) = await CliRun.RunAsync(
                ["eval", "--dataset", "sample", "--folds", "2", "--k", "0,1", "--json", json], CliServices.LoadConfiguration(folder));

            Assert.True(code == 0, stderr);
            Assert.Contains("New user, k = 1 revealed", stdout);
            var report = EvaluationReport.FromJson(await File.ReadAllTextAsync(json));
            Assert.Equal(300, report.Items);
            Assert.Equal(500, report.Users);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_invalid_SampleWorld_value_is_named_and_nothing_is_evaluated()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SampleWorld:Items"] = "0" }).Build();

        var (code, stdout, stderr) = await CliRun.RunAsync(["eval", "--dataset", "sample"], configuration);

        Assert.Equal(CommandLine.FailureExitCode, code);
        Assert.Contains("eval: SampleWorld:Items", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Workspace_evaluates_a_workspace_of_the_configured_store()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        var world = SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 300, Users: 500, TargetEvents: 5000, Days: 60));
        await store.SaveWorldAsync("shop", world);
        string json = Path.Combine(database.Folder, "report.json");

        var (code, stdout, stderr) = await CliRun.RunAsync(
            ["eval", "--workspace", "shop", "--folds", "2", "--k", "0,1", "--json", json], database.Configuration);

        Assert.True(code == 0, stderr);
        Assert.Contains("Loading workspace 'shop'", stderr);
        Assert.Contains("* Balanced", stdout);
        var report = EvaluationReport.FromJson(await File.ReadAllTextAsync(json));
        Assert.Equal(("shop", 300, 500), (report.Dataset, report.Items, report.Users));
    }

    [Fact]
    public async Task An_unknown_workspace_is_refused_listing_the_stored_ones()
    {
        using var database = new TempDatabase();
        var store = await database.PrepareAsync();
        await store.SaveWorldAsync("shop", "csv", TinyWorld.Create("shop"));

        var (code, stdout, stderr) = await CliRun.RunAsync(["eval", "--workspace", "shoop"], database.Configuration);

        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("eval: --workspace: no workspace 'shoop'", stderr);
        Assert.Contains("there are: shop.", stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task A_missing_database_is_refused_and_not_created()
    {
        using var database = new TempDatabase();

        var (code, stdout, stderr) = await CliRun.RunAsync(["eval", "--workspace", "shop"], database.Configuration);

        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains($"eval: --workspace: there is no database at '{database.Path}' (Data:DatabasePath).", stderr);
        Assert.False(File.Exists(database.Path));
        Assert.Empty(stdout);
    }
}
