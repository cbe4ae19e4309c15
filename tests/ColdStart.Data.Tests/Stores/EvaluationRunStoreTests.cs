using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class EvaluationRunStoreTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();
    private EvaluationRunStore _runs = null!;

    public async Task InitializeAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create());
        await store.SaveWorldAsync("other", WorkspaceKinds.Csv, TinyWorld.Create("other"));
        _runs = new EvaluationRunStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_started_run_is_listed_as_running_with_its_options_and_no_report()
    {
        int id = await _runs.StartAsync("tiny", LabReports.Options);

        var run = await _runs.FindAsync(id);

        Assert.NotNull(run);
        Assert.Equal(EvaluationRunStatus.Running, run.Summary.Status);
        Assert.Equal("tiny", run.Summary.Workspace);
        Assert.Null(run.Report);
        Assert.Null(run.Summary.FinishedAt);
        Assert.Equal(DateTimeKind.Utc, run.Summary.StartedAt.Kind);
        Assert.Equal([0, 1, 3], run.Summary.Options!.KValues);
        Assert.Equal([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], run.Summary.Options!.Protocols);
        var strategy = Assert.Single(run.Summary.Options!.Strategies);
        Assert.Equal((Strategy.Balanced.Name, Strategy.Balanced.Weights, Strategy.Balanced.DiversityLambda),
            (strategy.Name, strategy.Weights, strategy.DiversityLambda));
        Assert.Equal(Strategy.Balanced.Rules, strategy.Rules);
    }

    [Fact]
    public async Task Completing_a_run_stores_its_report_duration_and_finish_time()
    {
        int id = await _runs.StartAsync("tiny", LabReports.Options);

        await _runs.CompleteAsync(id, LabReports.Create());

        var run = (await _runs.FindAsync(id))!;
        Assert.Equal(EvaluationRunStatus.Completed, run.Summary.Status);
        Assert.NotNull(run.Summary.FinishedAt);
        Assert.True(run.Summary.DurationSeconds >= 0);
        Assert.Equal(0.21, run.Report!.Find("Balanced", EvaluationProtocol.NewUser, 3)!.Mean(MetricNames.Ndcg), 10);
        Assert.Equal(LabReports.Create().Rows.Count, run.Report.Rows.Count);
        Assert.Null(run.Summary.Error);
    }

    [Fact]
    public async Task Runs_are_listed_newest_first_with_their_datasets()
    {
        int first = await _runs.StartAsync("tiny", LabReports.Options);
        int second = await _runs.StartAsync("other", LabReports.Options);
        int third = await _runs.StartAsync("tiny", LabReports.Options);

        var list = await _runs.ListAsync();

        Assert.Equal([third, second, first], list.Select(r => r.Id));
        Assert.Equal(["tiny", "other", "tiny"], list.Select(r => r.Workspace));
        Assert.Equal([third, second], (await _runs.ListAsync(limit: 2)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_failed_run_keeps_its_message_and_no_report()
    {
        int id = await _runs.StartAsync("tiny", LabReports.Options);

        await _runs.FailAsync(id, "Dataset 'tiny' has too few users.");

        var run = (await _runs.FindAsync(id))!;
        Assert.Equal(EvaluationRunStatus.Failed, run.Summary.Status);
        Assert.Equal("Dataset 'tiny' has too few users.", run.Summary.Error);
        Assert.Null(run.Report);
    }

    [Fact]
    public async Task A_finished_run_cannot_be_finished_again_so_no_report_lands_on_a_cancelled_run()
    {
        int id = await _runs.StartAsync("tiny", LabReports.Options);
        await _runs.MarkCancelledAsync(id);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _runs.CompleteAsync(id, LabReports.Create()));

        Assert.Contains($"Evaluation run {id} is cancelled, not running", error.Message, StringComparison.Ordinal);
        var run = (await _runs.FindAsync(id))!;
        Assert.Equal(EvaluationRunStatus.Cancelled, run.Summary.Status);
        Assert.Null(run.Report);
    }

    [Fact]
    public async Task Runs_left_running_by_a_previous_start_are_marked_failed_as_interrupted()
    {
        int running = await _runs.StartAsync("tiny", LabReports.Options);
        int done = await _runs.StartAsync("tiny", LabReports.Options);
        await _runs.CompleteAsync(done, LabReports.Create());

        int marked = await _runs.MarkInterruptedAsync();

        Assert.Equal(1, marked);
        var run = (await _runs.FindAsync(running))!.Summary;
        Assert.Equal(EvaluationRunStatus.Failed, run.Status);
        Assert.Equal(EvaluationRunStore.InterruptedMessage, run.Error);
        Assert.NotNull(run.FinishedAt);
        Assert.Equal(EvaluationRunStatus.Completed, (await _runs.FindAsync(done))!.Summary.Status);
        Assert.Equal(0, await _runs.MarkInterruptedAsync());
    }

    [Fact]
    public async Task Starting_a_run_on_an_unknown_dataset_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => _runs.StartAsync("missing", LabReports.Options));

        Assert.Equal("There is no workspace named 'missing'.", error.Message);
        Assert.Empty(await _runs.ListAsync());
    }

    [Fact]
    public async Task A_finished_run_can_be_deleted_but_a_running_one_cannot()
    {
        int running = await _runs.StartAsync("tiny", LabReports.Options);
        int failed = await _runs.StartAsync("tiny", LabReports.Options);
        await _runs.FailAsync(failed, "boom");

        Assert.True(await _runs.DeleteAsync(failed));
        Assert.False(await _runs.DeleteAsync(failed));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _runs.DeleteAsync(running));
        Assert.Equal([running], (await _runs.ListAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task A_report_that_is_not_json_is_reported_with_the_run_id()
    {
        int id = await _runs.StartAsync("tiny", LabReports.Options);
        await using (var db = _database.CreateContext())
        {
            await db.EvaluationRuns.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, EvaluationRunStatus.Completed).SetProperty(r => r.ReportJson, "{ not json"));
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _runs.FindAsync(id));

        Assert.Contains($"The report of evaluation run {id} is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simulation_is_stored_with_its_settings_and_reads_back_its_report_with_the_curves()
    {
        int evaluation = await _runs.StartAsync("tiny", LabReports.Options);
        int id = await _runs.StartSimulationAsync("tiny", SimulationReports.Settings);
        var running = (await _runs.ListAsync()).Single(r => r.Id == id);
        Assert.Equal((EvaluationRunKinds.Simulation, EvaluationRunStatus.Running), (running.Kind, running.Status));

        var report = SimulationReports.Create();
        await _runs.CompleteAsync(id, report);
        var run = await _runs.FindAsync(id);

        Assert.NotNull(run);
        Assert.True(run.Summary.IsSimulation);
        Assert.Null(run.Summary.Options); // the options column is not read as evaluation settings
        Assert.Null(run.Report);
        var settings = run.Summary.Simulation!;
        Assert.Equal([Strategy.Balanced.Name], settings.Strategies.Select(s => s.Name));
        Assert.Equal([0f, 0.2f], settings.Shares);
        Assert.Equal(SimulationReports.Settings.Options, settings.Options);
        Assert.False(settings.Auto);
        Assert.Equal(report.ToJson(), run.Simulation!.ToJson());
        Assert.Equal(report.Rows[1].Curve, run.Simulation.Rows[1].Curve);
        var evaluationRow = (await _runs.ListAsync()).Single(r => r.Id == evaluation);
        Assert.Equal(EvaluationRunKinds.Evaluation, evaluationRow.Kind);
        Assert.NotNull(evaluationRow.Options);
        Assert.Null(evaluationRow.Simulation);
    }

    [Fact]
    public async Task A_run_is_completed_only_with_a_report_of_its_kind_and_lists_filter_by_kind()
    {
        int evaluation = await _runs.StartAsync("tiny", LabReports.Options);
        int simulation = await _runs.StartSimulationAsync("tiny", SimulationReports.Settings);

        var wrong = await Assert.ThrowsAsync<InvalidOperationException>(() => _runs.CompleteAsync(evaluation, SimulationReports.Create()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _runs.CompleteAsync(simulation, LabReports.Create()));

        Assert.Contains($"Run {evaluation} is an evaluation", wrong.Message, StringComparison.Ordinal);
        Assert.All(await _runs.ListAsync(), r => Assert.Equal(EvaluationRunStatus.Running, r.Status));
        Assert.Equal([simulation], (await _runs.ListAsync(kind: EvaluationRunKinds.Simulation)).Select(r => r.Id));
        Assert.Equal([evaluation], (await _runs.ListAsync(kind: EvaluationRunKinds.Evaluation)).Select(r => r.Id));
    }

    [Fact]
    public async Task Simulations_left_running_are_marked_interrupted_and_finished_ones_can_be_cancelled_failed_and_deleted()
    {
        int interrupted = await _runs.StartSimulationAsync("tiny", SimulationReports.Settings);
        Assert.Equal(1, await _runs.MarkInterruptedAsync());
        int cancelled = await _runs.StartSimulationAsync("tiny", SimulationReports.Settings);
        await _runs.MarkCancelledAsync(cancelled);
        int failed = await _runs.StartSimulationAsync("other", SimulationReports.Settings);
        await _runs.FailAsync(failed, "no user can be held out");

        var list = (await _runs.ListAsync()).ToDictionary(r => r.Id);
        Assert.Equal((EvaluationRunStatus.Failed, EvaluationRunStore.InterruptedMessage), (list[interrupted].Status, list[interrupted].Error));
        Assert.Equal(EvaluationRunStatus.Cancelled, list[cancelled].Status);
        Assert.Equal(("other", "no user can be held out"), (list[failed].Workspace, list[failed].Error));
        Assert.Null((await _runs.FindAsync(failed))!.Simulation);
        Assert.True(await _runs.DeleteAsync(interrupted));
        Assert.Equal([failed, cancelled], (await _runs.ListAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Marking_interrupted_runs_with_a_cutoff_leaves_runs_started_after_it()
    {
        int stale = await _runs.StartAsync("tiny", LabReports.Options);
        await Task.Delay(20);
        var processStart = DateTime.UtcNow;
        await Task.Delay(20);
        int fresh = await _runs.StartSimulationAsync("tiny", SimulationReports.Settings);

        Assert.Equal(1, await _runs.MarkInterruptedAsync(processStart));

        Assert.Equal(EvaluationRunStatus.Failed, (await _runs.FindAsync(stale))!.Summary.Status);
        Assert.Equal(EvaluationRunStatus.Running, (await _runs.FindAsync(fresh))!.Summary.Status);
    }
}
