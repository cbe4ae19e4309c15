using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Training;
using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// "Tune Auto" for a workspace, in the background: loads the workspace's dataset (as the <see cref="EvaluationRunner"/>
/// does), takes the text encoder its model uses, runs the engine's <see cref="AutoTuner"/> on validation users of that
/// data and stores the result as the strategy "Auto · workspace" with its weight schedule, new-item policy and
/// <see cref="TuningRecord"/>; the live model of that workspace then takes the tuned half-life and neighbours. Re-tuning
/// replaces the weights, schedule and policy and keeps the rules and diversity λ set since. When the data is too small,
/// the tuner's one-line message is the job's error and nothing is stored. One job at a time.
/// </summary>
public sealed class AutoTuning(WorldStore worlds, StrategyStore strategies, ITunableModel model, ILogger<AutoTuning> logger)
    : WorkspaceJobRunner<TuneJob>
{
    /// <summary>How the tuner trains its inner models: the live model's options (tests make them smaller).</summary>
    public TrainingOptions Training { get; init; } = TunedTraining.Base;

    /// <summary>How the tuner searches (its defaults: new visitors may lose nothing to the new-item policy).</summary>
    public TuningOptions Options { get; init; } = new();

    /// <summary>Starts tuning <paramref name="workspace"/> in the background.</summary>
    /// <exception cref="InvalidOperationException">A tuning job is still running.</exception>
    public TuneJob Start(string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        return Start((changed, stopping) => new TuneJob(workspace, changed, stopping), RunAsync,
            running => $"Auto is still being tuned on '{running.Workspace}'; wait for it or cancel it first.");
    }

    private async Task RunAsync(TuneJob job)
    {
        try
        {
            var data = await worlds.LoadDatasetAsync(job.Workspace, job.Token);
            job.Report("Loading the text encoder…");
            var encoder = await model.EncoderForAsync(job.Workspace, data, job, job.Token);
            var result = await Task.Run(() => AutoTuner.Tune(data, encoder, Training, Options, job, job.Token), job.Token);
            job.Report("Storing the tuned strategy…");
            var stored = await StoreAsync(job.Workspace, result);
            logger.LogInformation("Tuned {Strategy} on {Users} validation users", stored.Strategy.Name, result.ValidationUsers);
            await ApplyAsync(job);
            job.Finish(LabJobState.Completed, stored);
        }
        catch (TuningException ex)
        {
            logger.LogInformation("Auto could not be tuned on {Workspace}: {Reason}", job.Workspace, ex.Message);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            job.Finish(LabJobState.Cancelled);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Tuning Auto on {Workspace} failed", job.Workspace);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
    }

    /// <summary>Stores the tuned strategy as "Auto · workspace", keeping the rules and diversity λ of an earlier one.</summary>
    private async Task<StoredStrategy> StoreAsync(string workspace, TuningResult result)
    {
        string name = TuningRecord.StrategyNameFor(workspace);
        var strategy = result.Auto with { Name = name };
        var earlier = (await strategies.ListAsync(CancellationToken.None)).FirstOrDefault(s => s.Strategy.Name == name);
        if (earlier is not null) strategy = strategy with { Rules = earlier.Strategy.Rules, DiversityLambda = earlier.Strategy.DiversityLambda };
        var record = new TuningRecord(workspace, DateTime.UtcNow, result.Training.PopularityHalfLifeDays, result.Training.EffectiveNeighbours,
            result.ValidationUsers, [.. result.ValidationNdcg.Select(v => new TuningStepScore(v.Step, v.Cases, v.Popularity, v.Auto))], result.Notes,
            result.Training.Als.Factors, result.Training.Als.Regularization);
        return await strategies.SaveTunedAsync(strategy, record, CancellationToken.None);
    }

    /// <summary>Lets the live model take the tuned settings; the strategy is stored either way, so a failure here is only logged.</summary>
    private async Task ApplyAsync(TuneJob job)
    {
        try
        {
            job.Report("Applying the tuned settings to the live model…");
            await model.ApplyTuningAsync(job.Workspace, Stopping);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "The live model could not take the tuned settings of {Workspace}", job.Workspace);
        }
    }
}
