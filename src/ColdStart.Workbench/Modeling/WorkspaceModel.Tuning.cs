using ColdStart.Engine.Training;

namespace ColdStart.Workbench.Modeling;

public sealed partial class WorkspaceModel
{
    /// <summary>
    /// Tuned settings were stored for this workspace: the live snapshot's priors and neighbours are rebuilt (and its
    /// collaborative model retrained when the tuned ALS settings differ; items are not re-encoded) and swapped in; tag
    /// edits made meanwhile are kept.
    /// </summary>
    internal async Task ApplyTuningAsync(CancellationToken ct)
    {
        if (_current is null) return;
        var work = _host.WorkFor(Workspace);
        await work.WaitAsync(ct);
        try
        {
            if (_current is not { } current) return;
            var training = await TunedTraining.ForAsync(_host.Strategies, Workspace, _host.Logger, ct);
            if (SameTuning(current.Options, training)) return;
            SetStatus(new(ModelState.Working, current.Options.Als == training.Als
                ? "Applying the tuned popularity half-life and neighbours…"
                : "Retraining the collaborative model with the tuned ALS settings…", 90));
            try
            {
                await SwapRebuiltAsync(current, training, ct);
                _host.Logger.LogInformation("Model for {Workspace} now uses the tuned settings (half-life {HalfLife} days; neighbours: {Neighbours}; ALS {Factors} factors, λ {Lambda})",
                    Workspace, training.PopularityHalfLifeDays, training.EffectiveNeighbours, training.Als.Factors, training.Als.Regularization);
                SetStatus(new(ModelState.Ready, "Model ready with the tuned settings."));
            }
            catch (Exception ex)
            {
                _host.Logger.LogError(ex, "Applying the tuned settings to the model of {Workspace} failed", Workspace);
                SetStatus(new(ModelState.Ready, $"The tuned settings could not be applied ({ex.Message}); the model keeps its previous ones until it is rebuilt."));
                if (ex is OperationCanceledException) throw;
            }
        }
        finally
        {
            work.Release();
        }
    }

    /// <summary>Rebuilds the priors and neighbours of <paramref name="current"/> and swaps the result in, again from the newer snapshot when an item was edited meanwhile.</summary>
    private async Task SwapRebuiltAsync(ModelSnapshot current, TrainingOptions training, CancellationToken ct)
    {
        while (true)
        {
            var rebuilt = await Task.Run(() => SnapshotBuilder.Rebuild(current, training, ct), ct);
            lock (_swap)
            {
                if (ReferenceEquals(_current, current))
                {
                    _current = rebuilt;
                    return;
                }
                if (_current is null) return; // unloaded meanwhile
                current = _current;
            }
        }
    }

    private static bool SameTuning(TrainingOptions a, TrainingOptions b) =>
        a.PopularityHalfLifeDays.Equals(b.PopularityHalfLifeDays) && a.EffectiveNeighbours == b.EffectiveNeighbours && a.Als == b.Als;
}
