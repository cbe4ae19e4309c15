using Microsoft.JSInterop;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Compare's keyboard shortcuts (wwwroot/shortcuts.js), listed on the page: Alt+Shift+A adds a column, Alt+Shift+K
/// switches compact cards, Alt+Shift+S saves the board under the typed name.
/// </summary>
public sealed partial class ComparePage
{
    /// <summary>The physical keys (KeyboardEvent.code) pressed with Alt+Shift, and what each does.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Shortcuts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["KeyA"] = "add a column",
        ["KeyK"] = "compact cards on/off",
        ["KeyS"] = "save the board",
    };

    private DotNetObjectReference<ComparePage>? _shortcutTarget;
    private int _shortcutId;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _shortcutTarget = DotNetObjectReference.Create(this);
        try
        {
            _shortcutId = await JS.InvokeAsync<int>("workbenchShortcuts.attach", _shortcutTarget, Shortcuts.Keys.ToArray());
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException)
        {
            Logger.LogWarning(ex, "Compare's keyboard shortcuts could not be attached");
        }
    }

    /// <summary>Called by the script for an Alt+Shift shortcut of <see cref="Shortcuts"/>.</summary>
    [JSInvokable]
    public async Task OnShortcutAsync(string code)
    {
        if (_session is null) return;
        switch (code)
        {
            case "KeyA" when _session.CanAddColumn:
                AddColumn();
                break;
            case "KeyK":
                _compact = !_compact;
                break;
            case "KeyS" when !string.IsNullOrWhiteSpace(_boardName):
                await SaveBoardAsync();
                break;
            case "KeyS":
                Show("Type a board name first, then Alt+Shift+S saves the board.", MudBlazor.Severity.Info);
                break;
        }
        StateHasChanged();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _shortcutTarget is not null)
        {
            if (_shortcutId > 0) _ = DetachAsync(_shortcutId);
            _shortcutTarget.Dispose();
            _shortcutTarget = null;
        }
        base.Dispose(disposing);
    }

    private async Task DetachAsync(int id)
    {
        try
        {
            await JS.InvokeVoidAsync("workbenchShortcuts.detach", id);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or TaskCanceledException or ObjectDisposedException)
        {
            // The page is gone (tab closed): its listener went with it.
        }
    }
}
