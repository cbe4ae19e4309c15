using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Items;

/// <summary>
/// Items: the catalog of the active workspace, paged in SQLite (search, department, new only), and a detail panel
/// with the tag editor.
/// </summary>
public sealed partial class ItemsPage
{
    [Inject] private ItemStore Store { get; set; } = default!;
    [Inject] private ILiveModel Model { get; set; } = default!;
    [Inject] private ILogger<ItemsPage> Logger { get; set; } = default!;

    private MudDataGrid<ItemListRow>? _grid;
    private IReadOnlyList<string> _departments = [];
    private IReadOnlyList<string> _knownTags = [];
    private string? _search;
    private string? _department;
    private bool _newOnly;
    private Item? _selected;
    private string? _error;

    private string Workspace => Model.Workspace;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _departments = await Store.GetDepartmentsAsync(Workspace);
            _knownTags = Model.Current is { } snapshot ? TagsOf(snapshot) : await Store.GetTagsAsync(Workspace);
        }
        catch (KeyNotFoundException)
        {
            _error = $"There is no workspace named '{Workspace}' yet. Import data or wait for the sample world.";
        }
        catch (SqliteException ex)
        {
            Logger.LogError(ex, "Reading the items of {Workspace} failed", Workspace);
            _error = $"Reading the items of '{Workspace}' failed: {ex.Message}";
        }
    }

    private async Task<GridData<ItemListRow>> LoadPageAsync(GridState<ItemListRow> state, CancellationToken cancellationToken)
    {
        if (_error is not null) return new GridData<ItemListRow> { Items = [], TotalItems = 0 };
        var query = new ItemQuery(_search, _department, _newOnly, state.Page * state.PageSize, state.PageSize);
        try
        {
            var page = await Store.GetPageAsync(Workspace, query, cancellationToken);
            return new GridData<ItemListRow> { Items = page.Rows, TotalItems = page.TotalCount };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or SqliteException)
        {
            Logger.LogWarning(ex, "Reading a page of items of {Workspace} failed", Workspace);
            _error = $"Reading the items of '{Workspace}' failed: {ex.Message}";
            return new GridData<ItemListRow> { Items = [], TotalItems = 0 };
        }
    }

    private Task OnSearchChangedAsync(string? search)
    {
        _search = search;
        return ReloadAsync();
    }

    private Task OnDepartmentChangedAsync(string? department)
    {
        _department = department;
        return ReloadAsync();
    }

    private Task OnNewOnlyChangedAsync(bool newOnly)
    {
        _newOnly = newOnly;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task OnRowClickAsync(DataGridRowClickEventArgs<ItemListRow> args) => OpenAsync(args.Item.Id);

    private async Task OpenAsync(string id)
    {
        try
        {
            _selected = await Store.GetItemAsync(Workspace, id);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or SqliteException)
        {
            _error = $"Reading item '{id}' failed: {ex.Message}";
        }
    }

    private Task OnTagsChangedAsync(Item item)
    {
        _selected = item;
        if (Model.Current is { } snapshot) _knownTags = TagsOf(snapshot);
        return ReloadAsync();
    }

    /// <summary>Tags of the live catalog, most used first.</summary>
    private static IReadOnlyList<string> TagsOf(ModelSnapshot snapshot) => [.. snapshot.Catalog.Tags.All.Select(t => t.Tag)];

    private string RowStyle(ItemListRow row, int index) =>
        row.Id == _selected?.Id ? "cursor: pointer; background-color: var(--mud-palette-action-default-hover);" : "cursor: pointer;";
}
