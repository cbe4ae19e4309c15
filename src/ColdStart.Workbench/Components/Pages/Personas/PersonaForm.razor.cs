using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ColdStart.Workbench.Components.Pages.Personas;

/// <summary>
/// Create/edit form of one persona. Messages appear per field once the form was edited or a save was tried; Save is
/// blocked while any field is invalid. A save against a stale version shows the conflict and offers to reload.
/// </summary>
public sealed partial class PersonaForm
{
    public const int MaxSuggestions = 20;

    [Inject] private PersonaStore Store { get; set; } = default!;
    [Inject] private ILiveModel Model { get; set; } = default!;

    [Parameter, EditorRequired] public PersonaDraft Draft { get; set; } = default!;
    [Parameter] public StoredPersona? Stored { get; set; }
    [Parameter, EditorRequired] public string Workspace { get; set; } = "";
    [Parameter] public EventCallback<StoredPersona> OnSaved { get; set; }
    [Parameter] public EventCallback<StoredPersona> OnReloaded { get; set; }
    [Parameter] public EventCallback<StoredPersona> OnClone { get; set; }
    [Parameter] public EventCallback<StoredPersona> OnDelete { get; set; }

    private readonly Dictionary<string, string> _storeErrors = new(StringComparer.Ordinal);
    private PersonaDraft _draft = new();
    private StoredPersona? _stored;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private bool _showErrors;
    private bool _saving;
    private bool _conflict;
    private StoredPersona? _conflictCurrent;
    private Item? _pickedItem;
    private MudBlazor.MudAutocomplete<Item>? _seedSearch;
    private string _newSearch = "";

    /// <summary>The Compare page with this persona in the first column.</summary>
    private string CompareLink => $"compare?persona={Uri.EscapeDataString(_stored?.Persona.Name ?? "")}";

    private bool SaveBlocked => _saving || (_showErrors && _errors.Count > 0);

    protected override void OnInitialized()
    {
        _draft = Draft;
        _stored = Stored;
        _errors = _draft.Validate();
    }

    private bool HasError(string field) => _showErrors && _errors.ContainsKey(field);

    private string? ErrorOf(string field) => _showErrors ? _errors.GetValueOrDefault(field) : null;

    private static string AttributeLabel(string key) => key switch
    {
        UserAttributes.AgeBand => "Age band",
        UserAttributes.Tier => "Membership tier",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };

    private void Edit(Action change)
    {
        change();
        _storeErrors.Clear();
        _showErrors = true;
        Revalidate();
    }

    private void Revalidate()
    {
        var errors = new Dictionary<string, string>(_draft.Validate(), StringComparer.Ordinal);
        foreach (var (field, message) in _storeErrors) errors.TryAdd(field, message);
        _errors = errors;
    }

    private Task<IEnumerable<Item>> SearchItems(string text, CancellationToken cancellationToken)
    {
        var catalog = Model.Current?.Catalog;
        IEnumerable<Item> found = catalog is null ? [] : CatalogSearch.Find(catalog.Items, text, MaxSuggestions);
        return Task.FromResult(found);
    }

    private async Task AddSeedItemAsync(Item? item)
    {
        _pickedItem = null;
        if (item is null) return;
        if (!_draft.SeedItemIds.Contains(item.Id)) Edit(() => _draft.SeedItemIds.Add(item.Id));
        if (_seedSearch is not null) await _seedSearch.ClearAsync(); // ready for the next seed; the chip shows this one
    }

    private string SeedItemLabel(string id)
    {
        var catalog = Model.Current?.Catalog;
        return catalog is not null && catalog.ItemById.TryGetValue(id, out int index) ? $"{catalog.Items[index].Title} ({id})" : id;
    }

    private void AddSearch()
    {
        var search = _newSearch.Trim();
        _newSearch = "";
        if (search.Length == 0 || _draft.SeedSearches.Contains(search, StringComparer.OrdinalIgnoreCase)) return;
        Edit(() => _draft.SeedSearches.Add(search));
    }

    private void OnSearchKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") AddSearch();
    }

    private async Task SaveAsync()
    {
        _showErrors = true;
        _storeErrors.Clear();
        Revalidate();
        if (_errors.Count > 0) return;
        _saving = true;
        try
        {
            var persona = _draft.ToPersona();
            var saved = _stored is null
                ? await Store.CreateAsync(Workspace, persona, _draft.Note)
                : await Store.UpdateAsync(_stored.Id, _stored.Version, persona, _draft.Note);
            _stored = saved;
            _conflict = false;
            _showErrors = false;
            await OnSaved.InvokeAsync(saved);
        }
        catch (PersonaValidationException ex)
        {
            foreach (var (field, message) in ex.Errors) _storeErrors[field] = message;
            Revalidate();
        }
        catch (PersonaConflictException ex)
        {
            _conflict = true;
            _conflictCurrent = ex.Current;
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ReloadAsync()
    {
        var current = _conflictCurrent ?? (_stored is null ? null : await Store.GetAsync(_stored.Id));
        _conflict = false;
        _conflictCurrent = null;
        _stored = current;
        if (current is not null)
        {
            _draft = PersonaDraft.From(current);
            await OnReloaded.InvokeAsync(current);
        }
        _showErrors = false;
        _storeErrors.Clear();
        Revalidate();
    }
}
