using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Suites;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Suites;

/// <summary>
/// Persona test suites of the live workspace: write expectations (<see cref="ExpectationDraft"/>), save them
/// (<see cref="SuiteStore"/>), import/export JSON (<see cref="SuiteJson"/>), run on demand (<see cref="SuiteRuns"/>),
/// and read the runs — the automatic ones included, as <see cref="SuiteRuns.Completed"/> reports them — and their diffs.
/// </summary>
public sealed partial class SuitesPage
{
    private IReadOnlyList<StoredSuite> _suites = [];
    private Dictionary<int, SuiteRunSummary> _lastRuns = [];
    private IReadOnlyList<string> _strategies = [];
    private IReadOnlyList<string> _personas = [];
    private int? _editingId;
    private int _editingVersion;
    private string _name = "";
    private string _strategy = "";
    private List<Expectation> _expectations = [];
    private ExpectationDraft _draft = new();
    private IReadOnlyList<string> _errors = [];
    private string? _json;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _busy;
    private IReadOnlyList<SuiteRunSummary> _runs = [];
    private StoredSuiteRun? _shown;
    private StoredSuiteRun? _diffBase;
    private SuiteRunDiff? _diff;

    [Inject] private ILiveModel Model { get; set; } = null!;
    [Inject] private SuiteStore Store { get; set; } = null!;
    [Inject] private SuiteRuns Runner { get; set; } = null!;
    [Inject] private PersonaSource PersonaSource { get; set; } = null!;
    [Inject] private StrategyStore StrategyStore { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        Runner.Completed += OnRunsCompleted;
        await LoadAsync();
        if (_suites.Count > 0) await SelectAsync(_suites[0]);
        else NewSuite();
    }

    public void Dispose() => Runner.Completed -= OnRunsCompleted;

    private void OnRunsCompleted(string workspace) => _ = InvokeAsync(async () =>
    {
        if (!string.Equals(workspace, Model.Workspace, StringComparison.Ordinal)) return;
        await LoadAsync();
        await LoadRunsAsync();
        StateHasChanged();
    });

    private async Task LoadAsync()
    {
        _suites = await Store.ListAsync(Model.Workspace);
        _personas = [.. (await PersonaSource.ForWorkspaceAsync(Model.Workspace)).Select(p => p.Name)];
        _strategies = [.. StrategyChoices.Of(await StrategyStore.ListAsync()).Select(s => s.Name)];
        var last = new Dictionary<int, SuiteRunSummary>();
        foreach (var suite in _suites)
            if ((await Store.ListRunsAsync(suite.Id, 1)) is [var run]) last[suite.Id] = run;
        _lastRuns = last;
        if (_draft.Persona.Length == 0 && _personas.Count > 0) _draft.Persona = _personas[0];
    }

    private void NewSuite()
    {
        (_editingId, _editingVersion, _name, _expectations, _errors) = (null, 0, "", [], []);
        _strategy = _strategies.FirstOrDefault(s => s == Engine.Scoring.Strategy.Balanced.Name) ?? (_strategies.Count > 0 ? _strategies[0] : "");
        (_runs, _shown, _diff, _diffBase) = ([], null, null, null);
    }

    private async Task SelectAsync(StoredSuite stored)
    {
        (_editingId, _editingVersion, _name, _strategy) = (stored.Id, stored.Version, stored.Suite.Name, stored.Suite.Strategy);
        _expectations = [.. stored.Suite.Expectations];
        (_errors, _diff, _diffBase, _shown) = ([], null, null, null);
        await LoadRunsAsync();
    }

    private async Task LoadRunsAsync()
    {
        if (_editingId is not { } id) return;
        _runs = await Store.ListRunsAsync(id);
        if (_shown is null && _runs.Count > 0) _shown = await Store.FindRunAsync(_runs[0].Id);
    }

    private void AddExpectation()
    {
        var (expectation, errors) = _draft.Build();
        _errors = errors;
        if (expectation is null) return;
        _expectations.Add(expectation);
        _draft.ReferenceItemIds = [];
    }

    private async Task SaveReferenceAsync()
    {
        try
        {
            _draft.ReferenceItemIds = await Runner.CurrentListAsync(Model, _draft.Persona, _strategy, _draft.TopN);
            Say($"Saved {_draft.Persona}'s current top {_draft.TopN} under {_strategy} as the reference list.", Severity.Info);
        }
        catch (InvalidOperationException ex)
        {
            Say(ex.Message, Severity.Warning);
        }
    }

    private async Task<bool> SaveAsync()
    {
        var suite = new Suite(_name, _strategy, [.. _expectations]);
        try
        {
            var stored = _editingId is { } id
                ? await Store.UpdateAsync(id, _editingVersion, suite)
                : await Store.AddAsync(Model.Workspace, suite);
            (_editingId, _editingVersion, _errors) = (stored.Id, stored.Version, []);
            await LoadAsync();
            Say($"Suite '{stored.Suite.Name}' saved.", Severity.Success);
            return true;
        }
        catch (SuiteFormatException ex)
        {
            _errors = ex.Errors;
        }
        catch (Exception ex) when (ex is SuiteConflictException or KeyNotFoundException)
        {
            Say(ex.Message, Severity.Warning);
        }
        return false;
    }

    private async Task RunSelectedAsync()
    {
        if (!await SaveAsync()) return;
        await RunAsync(_name);
    }

    private Task RunAllAsync() => RunAsync(null);

    private async Task RunAsync(string? suite)
    {
        _busy = true;
        try
        {
            var runs = await Runner.RunAsync(Model, suite, SuiteTriggers.Manual, "Run on demand from the Suites page");
            int failing = runs.Sum(r => r.Result.Failed);
            Say(failing == 0 ? $"{runs.Count} suite(s) run: every expectation holds." : $"{runs.Count} suite(s) run: {failing} expectation(s) fail.",
                failing == 0 ? Severity.Success : Severity.Warning);
            var mine = runs.FirstOrDefault(r => r.Summary.SuiteId == _editingId);
            if (mine is not null) (_shown, _diff, _diffBase) = (mine, null, null);
            await LoadAsync();
            await LoadRunsAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException)
        {
            Say(ex.Message, Severity.Warning);
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowRunAsync(int id) => (_shown, _diff, _diffBase) = (await Store.FindRunAsync(id), null, null);

    private async Task DiffAsync((int From, int To) pair)
    {
        var (before, after) = (await Store.FindRunAsync(pair.From), await Store.FindRunAsync(pair.To));
        if (before is null || after is null) return;
        (_diffBase, _shown, _diff) = (before, after, SuiteDiff.Compare(before.Result, after.Result));
    }

    private void ExportJson() => _json = SuiteJson.Export(new Suite(_name, _strategy, [.. _expectations]));

    private async Task ImportJsonAsync()
    {
        try
        {
            var suite = SuiteJson.Import(_json ?? "");
            NewSuite();
            (_name, _strategy, _expectations) = (suite.Name, suite.Strategy, [.. suite.Expectations]);
            if (await SaveAsync()) await SelectAsync(_suites.First(s => s.Id == _editingId));
        }
        catch (SuiteFormatException ex)
        {
            _errors = ex.Errors;
        }
    }

    private async Task DeleteAsync()
    {
        if (_editingId is not { } id) return;
        await Store.DeleteAsync(id);
        Say($"Suite '{_name}' deleted.", Severity.Info);
        await LoadAsync();
        NewSuite();
    }

    private void Say(string message, Severity severity) => (_message, _messageSeverity) = (message, severity);
}
