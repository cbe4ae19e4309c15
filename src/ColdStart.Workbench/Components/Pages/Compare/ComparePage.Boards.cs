using ColdStart.Data.Stores;
using ColdStart.Workbench.Compare;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Saved boards: the columns (persona × strategy), Top N, compact cards and the edited strategy stored under a name
/// (<see cref="BoardStore"/>), opened from <c>/compare?board=Name</c>. Saving puts that address in the browser's
/// location, so a reload reopens the board.
/// </summary>
public sealed partial class ComparePage
{
    [Inject] private BoardStore Boards { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary><c>/compare?board=Name</c>: the saved board to open (its columns and options).</summary>
    [SupplyParameterFromQuery(Name = "board")]
    public string? BoardQuery { get; set; }

    /// <summary>The name of the board shown (opened or last saved), or null.</summary>
    private string? _board;
    private string _boardName = "";

    /// <summary>The address that reopens board <paramref name="name"/>.</summary>
    public static string BoardUrl(string name) => "compare?board=" + Uri.EscapeDataString(name);

    /// <summary>Lays out the columns and options of board <paramref name="name"/>; a message when it is missing or lost columns.</summary>
    private async Task<string?> OpenBoardAsync(string name)
    {
        var stored = await Boards.FindAsync(_loadedWorkspace!, name);
        if (stored is null) return $"There is no board named '{name}' in workspace '{_loadedWorkspace}'; see Boards for the saved ones.";
        var session = _session!;
        var board = stored.Board;
        var strategies = session.StrategyNames.ToHashSet(StringComparer.Ordinal);
        var kept = new List<(string Persona, string Strategy)>();
        var lost = new List<string>();
        foreach (var column in board.Columns)
        {
            if (session.PersonaNames.Contains(column.Persona, StringComparer.Ordinal) && strategies.Contains(column.Strategy)) kept.Add((column.Persona, column.Strategy));
            else lost.Add($"{column.Persona} × {column.Strategy}");
        }
        if (kept.Count > CompareSession.MaxColumns)
        {
            lost.AddRange(kept.Skip(CompareSession.MaxColumns).Select(c => $"{c.Persona} × {c.Strategy} (more than {CompareSession.MaxColumns} columns)"));
            kept = kept[..CompareSession.MaxColumns];
        }
        SetColumns(kept);
        session.TopN = board.TopN;
        _compact = board.Compact;
        if (board.Editing is { } editing && strategies.Contains(editing)) _editing = editing;
        else if (kept.Count > 0) _editing = kept[0].Strategy;
        _board = _boardName = board.Name;
        return lost.Count == 0 ? null
            : $"Board '{board.Name}': {lost.Count} column(s) left out because their persona or strategy no longer exists: {string.Join("; ", lost)}.";
    }

    /// <summary>Shows <paramref name="columns"/> (when there are at least <see cref="CompareSession.MinColumns"/>), in order.</summary>
    private void SetColumns(List<(string Persona, string Strategy)> columns)
    {
        var session = _session!;
        if (columns.Count < CompareSession.MinColumns) return;
        while (session.Columns.Count < columns.Count) session.AddColumn();
        while (session.Columns.Count > columns.Count) session.RemoveColumn(session.Columns.Count - 1);
        for (int c = 0; c < columns.Count; c++)
        {
            session.Columns[c].PersonaName = columns[c].Persona;
            session.Columns[c].StrategyName = columns[c].Strategy;
        }
    }

    /// <summary>"Save board": stores the layout under the typed name (replacing a board of that name) and puts its address in the location bar.</summary>
    private async Task SaveBoardAsync()
    {
        var session = _session!;
        var board = new SavedBoard(_boardName, [.. session.Columns.Select(c => new BoardColumn(c.PersonaName, c.StrategyName))], session.TopN, _compact, _editing);
        try
        {
            var stored = await Boards.SaveAsync(_loadedWorkspace!, board);
            _board = _boardName = stored.Board.Name;
            var unsaved = session.Columns.Select(c => c.StrategyName).Distinct(StringComparer.Ordinal).Where(IsDirty).ToList();
            Show($"Saved board '{stored.Board.Name}' ({session.Columns.Count} columns, top {session.TopN}). It reopens at /{BoardUrl(stored.Board.Name)} and from Boards."
                + (unsaved.Count == 0 ? "" : $" The board keeps strategies by name: save {string.Join(", ", unsaved.Select(s => $"'{s}'"))} too, or it reopens as last saved."),
                unsaved.Count == 0 ? Severity.Success : Severity.Warning);
            Navigation.NavigateTo(BoardUrl(stored.Board.Name), replace: true);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or DbUpdateException)
        {
            Show($"The board was not saved: {ex.Message}", Severity.Error);
        }
    }
}
