using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Storage;
using ColdStart.Workbench.Datasets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Components.Pages;

/// <summary>Home: statistics of the active workspace read from SQLite (reloaded after a switch), or the first-run progress while it is prepared.</summary>
public sealed partial class Home : IDisposable
{
    [Inject] private SeedingStatus Status { get; set; } = default!;
    [Inject] private WorldStore Store { get; set; } = default!;
    [Inject] private IOptions<DataOptions> DataOptions { get; set; } = default!;
    [Inject] private ILogger<Home> Logger { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;

    private SeedingSnapshot _seeding = new(SeedingState.Preparing, "", null);
    private WorkspaceStatistics? _statistics;
    private string? _loadError;
    private ActiveWorkspace? _active;
    private string? _shown;

    private string Workspace => _active?.Name ?? DataOptions.Value.DefaultWorkspace;

    protected override async Task OnInitializedAsync()
    {
        Status.Changed += OnSeedingChanged;
        _active = Services.GetService<ActiveWorkspace>();
        if (_active is not null) _active.Changed += OnWorkspaceChanged;
        _seeding = Status.Current;
        if (_seeding.State == SeedingState.Ready) await LoadStatisticsAsync();
    }

    private void OnSeedingChanged(SeedingSnapshot snapshot) => _ = InvokeAsync(async () =>
    {
        var becameReady = snapshot.State == SeedingState.Ready && _statistics is null;
        _seeding = snapshot;
        if (becameReady) await LoadStatisticsAsync();
        StateHasChanged();
    });

    private void OnWorkspaceChanged() => _ = InvokeAsync(async () =>
    {
        if (_seeding.State != SeedingState.Ready || Workspace == _shown) return;
        await LoadStatisticsAsync();
        StateHasChanged();
    });

    private async Task LoadStatisticsAsync()
    {
        _shown = Workspace;
        try
        {
            _statistics = await Store.GetStatisticsAsync(Workspace);
            _loadError = null;
        }
        catch (KeyNotFoundException)
        {
            _loadError = $"There is no workspace named '{Workspace}' yet. Import data or restart to generate the sample world.";
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Logger.LogError(ex, "Reading statistics of workspace {Workspace} failed", Workspace);
            _loadError = $"Reading the statistics of '{Workspace}' failed: {ex.Message}";
        }
    }

    public void Dispose()
    {
        Status.Changed -= OnSeedingChanged;
        if (_active is not null) _active.Changed -= OnWorkspaceChanged;
    }
}
