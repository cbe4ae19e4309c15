using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>Saving, duplicating, renaming and reloading the edited strategy (optimistic concurrency on the row version).</summary>
public sealed partial class ComparePage
{
    private Strategy Edited() => _session!.StrategyOf(_editing!);

    private Task SaveAsync() => StoreAsync(async () =>
    {
        var strategy = Edited();
        var saved = _rows.TryGetValue(strategy.Name, out var row)
            ? await StrategyStore.UpdateAsync(row.Id, row.Version, strategy)
            : await StrategyStore.AddAsync(strategy);
        _rows[strategy.Name] = saved;
        _saved[strategy.Name] = strategy;
        Drafts.Forget(_loadedWorkspace!, strategy.Name);
        Show($"Saved '{strategy.Name}' (version {saved.Version}).", Severity.Success);
    });

    private Task SaveAsAsync(string name) => StoreAsync(async () =>
    {
        var copy = Edited() with { Name = name };
        var saved = await StrategyStore.AddAsync(copy);
        _session!.AddStrategy(copy);
        _rows[name] = saved;
        _saved[name] = copy;
        _editing = name;
        RefreshNames();
        Show($"Saved a copy as '{name}'. Choose it in a column to compare.", Severity.Success);
    });

    private Task RenameAsync(string name) => StoreAsync(async () =>
    {
        string old = _editing!;
        var renamed = Edited() with { Name = name };
        var stored = _rows.TryGetValue(old, out var row)
            ? await StrategyStore.UpdateAsync(row.Id, row.Version, renamed)
            : await StrategyStore.AddAsync(renamed);
        _rows[name] = stored;
        if (name != old) _rows.Remove(old);
        _session!.UpdateStrategy(old, renamed);
        _saved.Remove(old);
        _saved[name] = renamed;
        Drafts.Forget(_loadedWorkspace!, old);
        _editing = name;
        RefreshNames();
        Show($"Renamed '{old}' to '{name}' and saved it.", Severity.Success);
    });

    private Task ReloadAsync() => StoreAsync(async () =>
    {
        string current = _editing!;
        var stored = await StrategyStore.ListAsync();
        var match = _rows.TryGetValue(current, out var row) ? stored.FirstOrDefault(s => s.Id == row.Id) : null;
        if (match is null)
        {
            Show($"Strategy '{current}' is no longer stored.", Severity.Warning);
            return;
        }
        _rows.Remove(current);
        _rows[match.Strategy.Name] = match;
        _session!.UpdateStrategy(current, match.Strategy);
        _saved.Remove(current);
        _saved[match.Strategy.Name] = match.Strategy;
        Drafts.Forget(_loadedWorkspace!, current);
        _editing = match.Strategy.Name;
        RefreshNames();
        Show($"Reloaded '{match.Strategy.Name}' (version {match.Version}).", Severity.Info);
    });

    /// <summary>Runs a store action, turning conflicts and bad names into a message; re-ranks afterwards.</summary>
    private async Task StoreAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (StrategyConflictException ex)
        {
            Logger.LogWarning(ex, "Strategy '{Strategy}' changed elsewhere", _editing);
            Show($"'{_editing}' was changed elsewhere since you loaded it; nothing was overwritten. Reload to see the stored version. ({ex.Message})", Severity.Error, canReload: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or DbUpdateException)
        {
            Show(ex.Message, Severity.Error);
        }
        Rerank();
    }

    private void RefreshNames() => _strategyNames = [.. _session!.StrategyNames];
}
