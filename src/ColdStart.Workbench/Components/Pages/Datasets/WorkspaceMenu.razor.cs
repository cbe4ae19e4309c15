using ColdStart.Data.Stores;
using ColdStart.Workbench.Datasets;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Datasets;

public sealed partial class WorkspaceMenu : IDisposable
{
    [Inject] private IServiceProvider Services { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private ActiveWorkspace? _active;
    private WorkspaceStore? _workspaces;
    private IReadOnlyList<string> _names = [];

    private string Label => _active!.Pending is { } pending ? $"{_active.Name} → {pending}…" : _active.Name;

    protected override async Task OnInitializedAsync()
    {
        _active = Services.GetService<ActiveWorkspace>();
        _workspaces = Services.GetService<WorkspaceStore>();
        if (_active is null || _workspaces is null) return;
        _active.Changed += OnChanged;
        await LoadNamesAsync();
    }

    private async Task LoadNamesAsync()
    {
        try
        {
            _names = [.. (await _workspaces!.ListAsync()).Select(w => w.Name)];
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            _names = [_active!.Name];
        }
    }

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    /// <summary>Re-reads the names when the menu opens, so workspaces imported or deleted meanwhile show.</summary>
    private async Task OnOpenChangedAsync(bool open)
    {
        if (open) await LoadNamesAsync();
    }

    private async Task SwitchAsync(string workspace)
    {
        try
        {
            if (await _active!.SwitchToAsync(workspace)) Snackbar.Add($"'{workspace}' is now the active workspace.", Severity.Success);
            else Snackbar.Add($"Switching to '{workspace}' failed: {_active.Status.Message}", Severity.Error);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
    }

    public void Dispose()
    {
        if (_active is not null) _active.Changed -= OnChanged;
    }
}
