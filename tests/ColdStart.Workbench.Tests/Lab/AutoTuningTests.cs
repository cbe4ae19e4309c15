using ColdStart.Data;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Lab;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>"Tune Auto" on a real file: a small generated world that can be tuned, and the tiny world that cannot.</summary>
public sealed class AutoTuningTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly TempDatabase _database = new();
    private readonly FakeTunableModel _model = new();
    private WorldStore _worlds = null!;
    private StrategyStore _strategies = null!;
    private AutoTuning _tuning = null!;

    public async Task InitializeAsync()
    {
        _worlds = await _database.PrepareAsync();
        _strategies = new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        _tuning = new AutoTuning(_worlds, _strategies, _model, NullLogger<AutoTuning>.Instance)
        {
            Training = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } },
        };
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _tuning.Dispose();
        _model.Dispose();
        _database.Dispose();
    }

    private async Task SaveSmallWorldAsync() =>
        await _worlds.SaveWorldAsync("small", SampleWorld.Generate(new SampleWorldOptions(Seed: 7, Items: 300, Users: 500, TargetEvents: 12_000, Days: 60)));

    [Fact]
    public async Task Tuning_a_small_world_stores_auto_with_its_schedule_policy_and_record_and_re_tuning_keeps_the_rules()
    {
        await SaveSmallWorldAsync();

        var job = _tuning.Start("small");
        await FinishedAsync(job);

        Assert.True(job.State == LabJobState.Completed, job.Error);
        var stored = Assert.Single(await _strategies.ListAsync(), s => s.Strategy.Name == "Auto · small");
        Assert.Equal(WeightSchedule.DefaultSteps, stored.Strategy.Schedule!.Steps.Select(s => s.FromInteractions));
        Assert.Empty(stored.Strategy.Schedule.Validate());
        Assert.Equal(job.Stored!.Strategy.NewItems, stored.Strategy.NewItems);
        var record = stored.Tuning!;
        Assert.Equal(("small", DateTimeKind.Utc), (record.Workspace, record.TunedAtUtc.Kind));
        Assert.InRange(record.TunedAtUtc, job.StartedAt, DateTime.UtcNow);
        Assert.True(record.ValidationUsers >= 20, $"{record.ValidationUsers} validation users");
        Assert.NotEmpty(record.Validation);
        Assert.Subset(new HashSet<string>(["0", "1", "2–3", "4+"]), record.Validation.Select(v => v.Step).ToHashSet());
        Assert.All(record.Validation, v => Assert.True(v.Cases > 0 && v.Popularity is >= 0 and <= 1 && v.Auto is >= 0 and <= 1));
        Assert.Contains(record.Notes, n => n.StartsWith("Auto weights:", StringComparison.Ordinal));
        Assert.Empty(record.Neighbours.Validate());
        Assert.Equal(["small"], _model.Applied);

        var edited = await _strategies.UpdateAsync(stored.Id, stored.Version,
            stored.Strategy with { DiversityLambda = 0.3f, Rules = [new ExcludeSeenRule(), new TagRule("summer", 0.5f)] });
        var again = _tuning.Start("small");
        await FinishedAsync(again);

        var retuned = Assert.Single(await _strategies.ListAsync(), s => s.Strategy.Name == "Auto · small");
        Assert.Equal((stored.Id, edited.Version + 1), (retuned.Id, retuned.Version));
        Assert.Equal(0.3f, retuned.Strategy.DiversityLambda);
        Assert.Contains(new TagRule("summer", 0.5f), retuned.Strategy.Rules);
        Assert.Equal(stored.Strategy.Schedule.Steps, retuned.Strategy.Schedule!.Steps); // tuning is deterministic
    }

    [Fact]
    public async Task A_workspace_too_small_to_tune_fails_in_one_line_and_the_previous_strategy_stays_untouched()
    {
        await _worlds.SaveWorldAsync("tiny", WorkspaceKinds.Csv, TinyWorld.Create("tiny"));
        var previous = await _strategies.SaveTunedAsync(TunedStrategies.Tuned with { Name = "Auto · tiny" }, TunedStrategies.Tuning("tiny"));

        var job = _tuning.Start("tiny");
        await FinishedAsync(job);

        Assert.Equal(LabJobState.Failed, job.State);
        Assert.DoesNotContain('\n', job.Error!);
        Assert.Contains("'tiny' has 0 such users", job.Error, StringComparison.Ordinal);
        Assert.EndsWith("The previous weights are kept.", job.Error, StringComparison.Ordinal);
        Assert.Null(job.Stored);
        var stored = Assert.Single(await _strategies.ListAsync());
        Assert.Equal((previous.Id, 1), (stored.Id, stored.Version));
        Assert.Equal(TunedStrategies.Tuned.Schedule!.Steps, stored.Strategy.Schedule!.Steps);
        Assert.Equal(180f, stored.Tuning!.PopularityHalfLifeDays);
        Assert.Empty(_model.Applied);
    }

    [Fact]
    public async Task A_cancelled_tuning_stores_nothing_and_one_tuning_runs_at_a_time()
    {
        await SaveSmallWorldAsync();

        var job = _tuning.Start("small");
        var refused = Assert.Throws<InvalidOperationException>(() => _tuning.Start("small"));
        Assert.True(_tuning.Cancel(job.Id));
        await FinishedAsync(job);

        Assert.Contains("still being tuned on 'small'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(LabJobState.Cancelled, job.State);
        Assert.False(_tuning.Cancel(job.Id));
        Assert.DoesNotContain(await _strategies.ListAsync(), s => s.Strategy.Name == "Auto · small");
        Assert.Same(job, _tuning.Latest);
    }

    private static async Task FinishedAsync(TuneJob job) => await job.Completion.WaitAsync(Patience);
}
