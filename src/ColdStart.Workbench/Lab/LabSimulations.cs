using System.Data.Common;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// The lab's Simulation panel, in the background: loads the workspace's dataset and, for a generated sample world, its
/// users' hidden archetypes (for the click model only), then runs the engine's one <see cref="SimulationRun"/> — the
/// same call as the <c>simulate</c> verb. One job at a time; the last report stays until the next run starts. Each run is
/// stored in the <see cref="EvaluationRunStore"/> as a simulation, the way <see cref="EvaluationRunner"/> stores an
/// evaluation: running with its settings when it starts, then completed with its report (curves included), failed with
/// its message, or cancelled (failed as interrupted when the app stops; one left running is marked so at the next start).
/// </summary>
public sealed class LabSimulations(WorldStore worlds, EvaluationRunStore runs, ILogger<LabSimulations> logger) : WorkspaceJobRunner<SimulationJob>
{
    /// <summary>Starts <paramref name="request"/> in the background.</summary>
    /// <exception cref="ArgumentException">The request is invalid; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A simulation is still running.</exception>
    public SimulationJob Start(SimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0) throw new ArgumentException("The simulation cannot run: " + string.Join(" ", errors), nameof(request));
        return Start((changed, stopping) => new SimulationJob(request, changed, stopping), RunAsync,
            running => $"A simulation is still running on '{running.Workspace}'; wait for it or cancel it first.");
    }

    private async Task RunAsync(SimulationJob job)
    {
        var request = job.Request;
        try
        {
            var settings = request.ToSettings();
            job.Stored(await runs.StartSimulationAsync(request.Workspace, settings, job.Token));
            var data = await worlds.LoadDatasetAsync(request.Workspace, job.Token);
            var stored = await worlds.LoadUserArchetypesAsync(request.Workspace, job.Token);
            int[]? archetypes = stored.Length == data.Users.Count && stored.All(a => a is not null) ? [.. stored.Select(a => a!.Value)] : null;
            var report = await Task.Run(() => SimulationRun.Run(data, archetypes, settings.Strategies, settings.Auto, settings.Shares, settings.Options, job, job.Token),
                job.Token);
            await runs.CompleteAsync(job.RunId!.Value, report, CancellationToken.None);
            logger.LogInformation("Simulated {Rows} rows on {Workspace} in {Seconds:0.0} s", report.Rows.Count, request.Workspace, report.SimulationSeconds);
            job.Finish(LabJobState.Completed, report);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            bool stopping = Stopping.IsCancellationRequested;
            await RecordEndAsync(job, stopping ? EvaluationRunStore.InterruptedMessage : null);
            job.Finish(stopping ? LabJobState.Failed : LabJobState.Cancelled, error: stopping ? EvaluationRunStore.InterruptedMessage : null);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            logger.LogInformation("The simulation on {Workspace} could not run: {Reason}", request.Workspace, ex.Message);
            await RecordEndAsync(job, ex.Message);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The simulation on {Workspace} failed", request.Workspace);
            await RecordEndAsync(job, ex.Message);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
    }

    /// <summary>Stores how a run that did not complete ended: failed with <paramref name="error"/>, or cancelled when null.</summary>
    private async Task RecordEndAsync(SimulationJob job, string? error)
    {
        if (job.RunId is not { } id) return;
        try
        {
            if (error is null) await runs.MarkCancelledAsync(id, CancellationToken.None);
            else await runs.FailAsync(id, error, CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException or IOException)
        {
            // Already finished (e.g. completing it failed after the report was stored) or the store is unreachable.
            logger.LogError(ex, "Could not record the end of simulation run {Id}", id);
        }
    }

}
