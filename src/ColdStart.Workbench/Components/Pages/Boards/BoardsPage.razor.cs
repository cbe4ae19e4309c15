using ColdStart.Data.Stores;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Boards;

/// <summary>The saved Compare boards of the active workspace: open, rename, delete (after a second click).</summary>
public sealed partial class BoardsPage
{
    [Inject] private BoardStore Store { get; set; } = default!;
    [Inject] private ILogger<BoardsPage> Logger { get; set; } = default!;

    private IReadOnlyList<StoredBoard>? _boards;
    private string? _workspace;
    private int? _renaming;
    private int? _deleting;
    private string _newName = "";
    private string? _message;
    private Severity _severity = Severity.Info;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override Task OnModelChangedAsync() => Model.Workspace == _workspace ? Task.CompletedTask : LoadAsync();

    private async Task LoadAsync()
    {
        _workspace = Model.Workspace;
        try
        {
            _boards = await Store.ListAsync(_workspace);
        }
        catch (Exception ex) when (ex is InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            Logger.LogError(ex, "Listing the boards of {Workspace} failed", _workspace);
            _boards = [];
            Show($"The boards of '{_workspace}' could not be read: {ex.Message}", Severity.Error);
        }
    }

    private void StartRename(StoredBoard board)
    {
        _renaming = board.Id;
        _newName = board.Board.Name;
        _deleting = null;
    }

    private async Task RenameKeyAsync(KeyboardEventArgs e, int id)
    {
        if (e.Key == "Enter" && !string.IsNullOrWhiteSpace(_newName)) await RenameAsync(id);
        else if (e.Key == "Escape") _renaming = null;
    }

    private async Task RenameAsync(int id)
    {
        try
        {
            var renamed = await Store.RenameAsync(id, _newName);
            _renaming = null;
            Show($"Renamed the board to '{renamed.Board.Name}'.", Severity.Success);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or DbUpdateException)
        {
            Show(ex.Message, Severity.Error);
        }
        await LoadAsync();
    }

    private async Task DeleteAsync(StoredBoard board)
    {
        _deleting = null;
        bool deleted = await Store.DeleteAsync(board.Id);
        Show(deleted ? $"Deleted board '{board.Board.Name}'." : $"Board '{board.Board.Name}' was already deleted.", deleted ? Severity.Success : Severity.Info);
        await LoadAsync();
    }

    private void Show(string message, Severity severity) => (_message, _severity) = (message, severity);
}
