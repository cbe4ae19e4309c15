using ColdStart.Data.Stores;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Personas;

/// <summary>Personas of the active workspace: searchable list, the edit form and the profile panel of the selection.</summary>
public sealed partial class PersonasPage
{
    [Inject] private PersonaStore Store { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private const string SelectedRowStyle =
        "cursor:pointer;background-color:var(--mud-palette-primary-hover);box-shadow:inset 3px 0 0 var(--mud-palette-primary)";

    private IReadOnlyList<StoredPersona> _personas = [];
    private StoredPersona? _selected;
    private PersonaDraft? _draft;
    private string _search = "";
    private string? _loadError;
    private int _formKey;

    private string Workspace => Model.Workspace;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _personas = await Store.ListAsync(Workspace, _search);
            _loadError = null;
        }
        catch (InvalidOperationException ex)
        {
            _loadError = $"Reading the personas of '{Workspace}' failed: {ex.Message}";
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            _loadError = $"Reading the personas of '{Workspace}' failed: {ex.Message}";
        }
    }

    private async Task SearchAsync(string value)
    {
        _search = value ?? "";
        await LoadAsync();
    }

    private void New() => Show(null, new PersonaDraft());

    private void Select(StoredPersona row) => Show(row, PersonaDraft.From(row));

    /// <summary>Enter or Space on a focused persona row opens it, as a click does.</summary>
    private void SelectByKey(KeyboardEventArgs e, StoredPersona row)
    {
        if (e.Key is "Enter" or " ") Select(row);
    }

    private void Show(StoredPersona? stored, PersonaDraft draft)
    {
        _selected = stored;
        _draft = draft;
        _formKey++;
    }

    private async Task OnSavedAsync(StoredPersona saved)
    {
        Snackbar.Add($"Saved '{saved.Persona.Name}'.", Severity.Success);
        _selected = saved;
        await LoadAsync();
    }

    private async Task OnReloadedAsync(StoredPersona current)
    {
        _selected = current;
        await LoadAsync();
    }

    private async Task CloneAsync(StoredPersona source)
    {
        try
        {
            var copy = await Store.CloneAsync(source.Id);
            await LoadAsync();
            Show(copy, PersonaDraft.From(copy));
            Snackbar.Add($"Cloned as '{copy.Persona.Name}'.", Severity.Success);
        }
        catch (KeyNotFoundException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(StoredPersona persona)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete persona", $"Delete '{persona.Persona.Name}'? This cannot be undone.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true) return;
        await Store.DeleteAsync(persona.Id);
        _selected = null;
        _draft = null;
        await LoadAsync();
        Snackbar.Add($"Deleted '{persona.Persona.Name}'.", Severity.Info);
    }
}
