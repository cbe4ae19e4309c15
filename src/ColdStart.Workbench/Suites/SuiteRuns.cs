using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Suites;

/// <summary>
/// Runs the suites of a live model's workspace through <see cref="SuiteRunner"/> (the one <see cref="Engine.Scoring.Scorer"/>
/// on <see cref="ILiveModel.Current"/>; the caller names the model: a page its user's, the watcher the one that changed), with the workspace's personas (<see cref="PersonaSource"/>) and the strategies
/// the pages offer (<see cref="StrategyChoices"/>), and stores every run. One run at a time; the UI, the automatic
/// re-runs (<see cref="SuiteWatcher"/>) and the <c>suite run</c> verb all come through here.
/// </summary>
public sealed class SuiteRuns(SuiteStore suites, PersonaSource personas, StrategyStore strategies) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Raised after runs were stored (any thread), with the workspace they belong to.</summary>
    public event Action<string>? Completed;

    /// <summary>
    /// Runs every suite of <paramref name="model"/>'s workspace, or only <paramref name="suiteName"/>, and stores each run with
    /// <paramref name="trigger"/> (see <see cref="SuiteTriggers"/>) and <paramref name="detail"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No model is loaded yet.</exception>
    /// <exception cref="KeyNotFoundException">The workspace has no suite named <paramref name="suiteName"/>.</exception>
    public async Task<IReadOnlyList<StoredSuiteRun>> RunAsync(ILiveModel model, string? suiteName, string trigger, string detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        await _gate.WaitAsync(cancellationToken);
        string workspace;
        var stored = new List<StoredSuiteRun>();
        try
        {
            var snapshot = model.Current ?? throw new InvalidOperationException($"The model is not ready yet ({model.Status.Message}); suites run once it is.");
            workspace = model.Workspace;
            var chosen = (await suites.ListAsync(workspace, cancellationToken))
                .Where(s => suiteName is null || string.Equals(s.Suite.Name, suiteName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (suiteName is not null && chosen.Count == 0)
                throw new KeyNotFoundException($"Workspace '{workspace}' has no suite named '{suiteName}'.");
            if (chosen.Count == 0) return [];
            var people = await personas.ForWorkspaceAsync(workspace, cancellationToken);
            var rows = await strategies.ListAsync(cancellationToken);
            var offered = StrategyChoices.Of(rows);
            foreach (var suite in chosen)
            {
                var strategy = offered.FirstOrDefault(s => string.Equals(s.Name, suite.Suite.Strategy, StringComparison.Ordinal));
                int? version = rows.FirstOrDefault(r => string.Equals(r.Strategy.Name, suite.Suite.Strategy, StringComparison.Ordinal))?.Version;
                var result = await Task.Run(() => SuiteRunner.Run(snapshot, suite.Suite, people, strategy), cancellationToken);
                var summary = await suites.AddRunAsync(suite.Id, new SuiteRunRecord(trigger, detail, version, result), cancellationToken);
                stored.Add(new StoredSuiteRun(summary, result));
            }
        }
        finally
        {
            _gate.Release();
        }
        Completed?.Invoke(workspace);
        return stored;
    }

    /// <summary>
    /// The SKUs of <paramref name="personaName"/>'s top <paramref name="n"/> under <paramref name="strategyName"/> on the
    /// live <paramref name="model"/> now (through <see cref="SuiteRunner"/>): what a reference-overlap expectation saves.
    /// </summary>
    /// <exception cref="InvalidOperationException">No model yet, or the persona or strategy cannot be ranked (the message says why).</exception>
    public async Task<IReadOnlyList<string>> CurrentListAsync(ILiveModel model, string personaName, string strategyName, int n, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var snapshot = model.Current ?? throw new InvalidOperationException("The model is not ready yet.");
        var people = await personas.ForWorkspaceAsync(model.Workspace, cancellationToken);
        var strategy = StrategyChoices.Of(await strategies.ListAsync(cancellationToken)).FirstOrDefault(s => string.Equals(s.Name, strategyName, StringComparison.Ordinal));
        var probe = new Suite("reference", strategyName, [new DistinctDepartments(personaName, n, 1)]);
        var list = (await Task.Run(() => SuiteRunner.Run(snapshot, probe, people, strategy), cancellationToken)).Lists[0];
        if (list.Error is { } error) throw new InvalidOperationException(error);
        return [.. list.Items.Select(i => i.ItemId)];
    }

    public void Dispose() => _gate.Dispose();
}
