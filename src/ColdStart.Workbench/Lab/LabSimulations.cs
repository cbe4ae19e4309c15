using ColdStart.Data.Storage;
using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Lab;

/// <summary>
/// The lab's Simulation panel, in the background: loads the workspace's dataset and, for a generated sample world, its
/// users' hidden archetypes (for the click model only), then runs the engine's one <see cref="SimulationRun"/> — the
/// same call as the <c>simulate</c> verb. One job at a time; the last report stays until the next run starts. Nothing is
/// stored.
/// </summary>
public sealed class LabSimulations(WorldStore worlds, ILogger<LabSimulations> logger) : WorkspaceJobRunner<SimulationJob>
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
            var data = await worlds.LoadDatasetAsync(request.Workspace, job.Token);
            var stored = await worlds.LoadUserArchetypesAsync(request.Workspace, job.Token);
            int[]? archetypes = stored.Length == data.Users.Count && stored.All(a => a is not null) ? [.. stored.Select(a => a!.Value)] : null;
            var options = new SimulationOptions(Sessions: request.Sessions, Steps: request.Steps, Seed: request.Seed);
            var report = await Task.Run(() => SimulationRun.Run(data, archetypes, request.Strategies, request.Auto, request.Shares, options, job, job.Token),
                job.Token);
            logger.LogInformation("Simulated {Rows} rows on {Workspace} in {Seconds:0.0} s", report.Rows.Count, request.Workspace, report.SimulationSeconds);
            job.Finish(LabJobState.Completed, report);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            job.Finish(LabJobState.Cancelled);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
        {
            logger.LogInformation("The simulation on {Workspace} could not run: {Reason}", request.Workspace, ex.Message);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The simulation on {Workspace} failed", request.Workspace);
            job.Finish(LabJobState.Failed, error: ex.Message);
        }
    }

}
