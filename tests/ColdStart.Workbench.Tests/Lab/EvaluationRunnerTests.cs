using ColdStart.Data;
using ColdStart.Data.Entities;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Lab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>The background runner on a real file with a small stored sample world (170 items, 120 users, ~1,500 events).</summary>
public sealed class EvaluationRunnerTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempDatabase _database = new();
    private EvaluationRunStore _runs = null!;
    private WorldStore _worlds = null!;
    private EvaluationRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _worlds = await _database.PrepareAsync();
        await _worlds.SaveWorldAsync("small", SampleWorld.Generate(new SampleWorldOptions(Seed: 3, Items: 170, Users: 120, TargetEvents: 1500, Days: 60)));
        _runs = new EvaluationRunStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        _runner = new EvaluationRunner(_runs, _worlds, NullLogger<EvaluationRunner>.Instance);
        await _runner.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _runner.StopAsync(CancellationToken.None);

    public void Dispose()
    {
        _runner.Dispose();
        _database.Dispose();
    }

    private static LabRunRequest Request(string workspace = "small", params Strategy[] strategies) =>
        new(workspace, [EvaluationProtocol.NewUser], strategies.Length > 0 ? strategies : [Strategy.Balanced], [0, 1], 2, 14f);

    [Fact]
    public async Task An_evaluation_runs_in_the_background_while_the_next_waits_and_is_stored_completed_with_the_baselines()
    {
        var first = _runner.Enqueue(Request());
        var second = _runner.Enqueue(Request(strategies: Strategy.CollaborativeOnly with { Name = "Collaborative copy" }));

        Assert.Contains(second, _runner.Queued);
        Assert.True(_runner.Cancel(second.Id));
        await FinishedAsync(first);

        Assert.Equal((LabJobState.Cancelled, null), (second.State, second.RunId));
        Assert.False(_runner.Cancel(second.Id));
        Assert.Equal((LabJobState.Completed, 1.0), (first.State, first.Progress.Fraction));
        Assert.Null(_runner.Active);
        var run = Assert.Single(await _runs.ListAsync());
        Assert.Equal((first.RunId, EvaluationRunStatus.Completed, "small"), (run.Id, run.Status, run.Workspace));
        var report = (await _runs.FindAsync(run.Id))!.Report!;
        foreach (int k in new[] { 0, 1 })
            Assert.Equal([.. Baselines.Names, "Balanced"], report.Rows.Where(r => r.K == k).Select(r => r.Strategy));
        Assert.All(report.Rows, r => Assert.InRange(r.Mean(MetricNames.Ndcg), 0, 1));
    }

    [Fact]
    public async Task Cancelling_a_running_evaluation_stores_it_cancelled_without_a_report()
    {
        var job = _runner.Enqueue(Request());
        await WaitAsync(() => job.RunId is not null || job.IsFinished);

        Assert.True(_runner.Cancel(job.Id));
        await FinishedAsync(job);

        Assert.Equal(LabJobState.Cancelled, job.State);
        var run = (await _runs.FindAsync(job.RunId!.Value))!;
        Assert.Equal(EvaluationRunStatus.Cancelled, run.Summary.Status);
        Assert.Null(run.Report);
    }

    [Fact]
    public async Task A_run_on_a_missing_dataset_fails_with_the_reason_and_stores_nothing()
    {
        var job = _runner.Enqueue(Request("gone"));
        await FinishedAsync(job);

        Assert.Equal(LabJobState.Failed, job.State);
        Assert.Equal("There is no workspace named 'gone'.", job.Error);
        Assert.Empty(await _runs.ListAsync());
    }

    [Fact]
    public void An_invalid_request_is_refused_with_every_problem()
    {
        var request = new LabRunRequest("small", [EvaluationProtocol.NewUser], [], [-1], 1, 14f);

        var error = Assert.Throws<ArgumentException>(() => _runner.Enqueue(request));

        Assert.Contains("Choose at least one strategy", error.Message, StringComparison.Ordinal);
        Assert.Contains("Every k must be 0 or more (got -1).", error.Message, StringComparison.Ordinal);
        Assert.Contains("Folds must be at least 2 (got 1).", error.Message, StringComparison.Ordinal);
        Assert.Null(_runner.Active);
        Assert.Empty(_runner.Queued);
    }

    [Fact]
    public async Task On_start_a_run_left_running_by_a_previous_process_is_marked_interrupted()
    {
        int stale = await _runs.StartAsync("small", Request().ToOptions());
        using var restarted = new EvaluationRunner(_runs, _worlds, NullLogger<EvaluationRunner>.Instance);

        await restarted.StartAsync(CancellationToken.None);
        await WaitAsync(() => _runs.FindAsync(stale).Result!.Summary.Status != EvaluationRunStatus.Running);
        await restarted.StopAsync(CancellationToken.None);

        var run = (await _runs.FindAsync(stale))!.Summary;
        Assert.Equal(EvaluationRunStatus.Failed, run.Status);
        Assert.Equal(EvaluationRunStore.InterruptedMessage, run.Error);
    }

    private static Task FinishedAsync(LabJob job) => WaitAsync(() => job.IsFinished);

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not done within {Patience.TotalSeconds} s.");
            await Task.Delay(20);
        }
    }
}
