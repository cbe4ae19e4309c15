using System.Text.Json;
using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>
/// The Compare page's unsaved work for one user (scoped: one per Blazor circuit, i.e. per browser tab): the edited
/// strategies that differ from their saved version, per workspace, and the columns shown. Leaving Compare and coming
/// back restores them; saving, reloading or discarding a strategy forgets its draft.
/// </summary>
public sealed class CompareDrafts
{
    private static readonly JsonSerializerOptions Json = new();
    private readonly Dictionary<(string Workspace, string Strategy), Strategy> _drafts = [];
    private readonly Dictionary<string, Layout> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Ranked> _ranked = new(StringComparer.Ordinal);

    /// <summary>The columns (persona × strategy), the strategy being edited and the Top N of a workspace's Compare page.</summary>
    public sealed record Layout(IReadOnlyList<(string Persona, string Strategy)> Columns, string Editing, int TopN);

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> hold the same settings (weights, λ, rules, schedule, new-item policy).</summary>
    public static bool SameSettings(Strategy a, Strategy b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return ReferenceEquals(a, b) || JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json);
    }

    /// <summary>The unsaved strategies of <paramref name="workspace"/>, by name.</summary>
    public IReadOnlyDictionary<string, Strategy> In(string workspace) =>
        _drafts.Where(d => d.Key.Workspace == workspace).ToDictionary(d => d.Key.Strategy, d => d.Value, StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="edited"/> as the draft of <paramref name="name"/>, or forgets it when it equals <paramref name="saved"/>.</summary>
    public void Keep(string workspace, string name, Strategy edited, Strategy? saved)
    {
        if (saved is not null && SameSettings(edited with { Name = saved.Name }, saved)) Forget(workspace, name);
        else _drafts[(workspace, name)] = edited;
    }

    public void Forget(string workspace, string name) => _drafts.Remove((workspace, name));

    public bool Has(string workspace, string name) => _drafts.ContainsKey((workspace, name));

    /// <summary>True when any workspace has unsaved strategies.</summary>
    public bool Any => _drafts.Count > 0;

    public void KeepLayout(string workspace, Layout layout) => _layouts[workspace] = layout;

    public Layout? LayoutOf(string workspace) => _layouts.GetValueOrDefault(workspace);

    /// <summary>The lists the columns last showed (persona × strategy per column, and their results).</summary>
    public sealed record Ranked(IReadOnlyList<(string Persona, string Strategy)> Keys, IReadOnlyList<ColumnResult> Results);

    /// <summary>
    /// Keeps the lists a workspace's columns last showed, so that coming back after a change made elsewhere (a tag edit
    /// on the Items page) shows each card's move and its score parts before and now.
    /// </summary>
    public void KeepRanked(string workspace, Ranked ranked) => _ranked[workspace] = ranked;

    public Ranked? RankedOf(string workspace) => _ranked.GetValueOrDefault(workspace);
}
