using System.Globalization;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Datasets;

/// <summary>
/// The datasets page: the workspaces with their sizes, which one is active, switching (the model rebuilds in the
/// background), choosing each workspace's text encoder (the active one's model rebuilds in the background), deleting an
/// imported workspace after confirmation, and importing uploaded files as a new workspace.
/// </summary>
public sealed partial class DatasetsPage : IDisposable
{
    [Inject] private WorkspaceStore Workspaces { get; set; } = default!;
    [Inject] private ActiveWorkspace Active { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ILogger<DatasetsPage> Logger { get; set; } = default!;
    [Inject] private IOptions<ModelOptions> Models { get; set; } = default!;

    /// <summary>The select's value for "no choice": the workspace uses Models:Encoder.</summary>
    private const string DefaultChoice = "";

    private IReadOnlyList<WorkspaceSummary> _workspaces = [];
    private string? _loadError;
    private ImportJob? _imported;

    protected override async Task OnInitializedAsync()
    {
        Active.Changed += OnActiveChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _workspaces = await Workspaces.ListAsync();
            _loadError = null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Logger.LogError(ex, "Listing the workspaces failed");
            _loadError = $"Listing the workspaces failed: {ex.Message}";
        }
    }

    private void OnActiveChanged() => _ = InvokeAsync(StateHasChanged);

    private async Task SwitchAsync(string workspace)
    {
        try
        {
            if (await Active.SwitchToAsync(workspace)) Snackbar.Add($"'{workspace}' is now the active workspace.", Severity.Success);
            else Snackbar.Add($"Switching to '{workspace}' failed: {Active.Status.Message}", Severity.Error);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
            await LoadAsync();
        }
    }

    private string DefaultEncoder => Models.Value.Encoder;

    private async Task ChooseEncoderAsync(WorkspaceSummary workspace, string? choice)
    {
        var encoder = string.IsNullOrEmpty(choice) ? null : choice;
        if (encoder == workspace.Encoder) return;
        var label = encoder ?? $"the default ({DefaultEncoder})";
        var rebuilding = workspace.Name == Active.Name;
        // Shown at once; the rebuild of the active workspace may take minutes, and the list is re-read afterwards.
        _workspaces = [.. _workspaces.Select(w => w.Name == workspace.Name ? w with { Encoder = encoder } : w)];
        try
        {
            if (await Active.ChooseEncoderAsync(workspace.Name, encoder))
                Snackbar.Add(rebuilding ? $"'{workspace.Name}' now runs on {label}." : $"'{workspace.Name}' will use {label} when it is opened.", Severity.Success);
            else
                Snackbar.Add($"'{workspace.Name}' keeps {label} as its choice, but the model could not be rebuilt: {Active.Status.Message}", Severity.Error);
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
        await LoadAsync();
    }

    private async Task DeleteAsync(WorkspaceSummary workspace)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete workspace",
            $"Delete '{workspace.Name}' with its {Count(workspace.Items)} items, {Count(workspace.Users)} users, {Count(workspace.Events)} events and its personas? This cannot be undone.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        try
        {
            await Active.DeleteAsync(workspace.Name);
            Snackbar.Add($"Deleted workspace '{workspace.Name}'.", Severity.Info);
            if (_imported?.Workspace == workspace.Name) _imported = null;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            Snackbar.Add(ex.Message, Severity.Warning);
        }
        await LoadAsync();
    }

    private async Task OnImportedAsync(ImportJob job)
    {
        _imported = job;
        await LoadAsync();
    }

    private static string KindLabel(WorkspaceSummary workspace) => workspace.Kind switch
    {
        WorkspaceKinds.Sample => "sample",
        var kind => $"imported ({DatasetFormat.All.FirstOrDefault(f => f.Name == kind)?.Label ?? kind})",
    };

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Day(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public void Dispose() => Active.Changed -= OnActiveChanged;
}
