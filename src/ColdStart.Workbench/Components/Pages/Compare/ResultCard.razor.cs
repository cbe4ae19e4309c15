using System.Globalization;
using ColdStart.Workbench.Compare;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// One ranked item of a compare column: rank, rank change, title, department, price, score, tags, the stacked score bar
/// by component, "Why?" (the explanation), "Pin", "Bury" (the item itself) and "Bury by…" (one of its tags, its brand or
/// its department). Skips re-rendering when what it shows is unchanged
/// (e.g. columns whose strategy was not edited).
/// </summary>
public sealed partial class ResultCard
{
    private bool _expanded;
    private bool _buryOpen;
    private Shown? _shown;

    [Parameter, EditorRequired] public CompareCard Card { get; set; } = default!;

    /// <summary>Show the rank change against the first column (false for the first column itself).</summary>
    [Parameter] public bool ShowChange { get; set; }

    /// <summary>One-line card: tags and actions show on hover or keyboard focus.</summary>
    [Parameter] public bool Compact { get; set; }

    [Parameter] public EventCallback<CompareCard> OnPin { get; set; }
    /// <summary>Raised with what to bury: the card's item, or one of its tags, its brand or its department.</summary>
    [Parameter] public EventCallback<BuryRequest> OnBury { get; set; }

    /// <summary>"Sensitivity": at what weight would this item reach #1 or leave the top 10 (opens the sensitivity panel on it).</summary>
    [Parameter] public EventCallback<CompareCard> OnSensitivity { get; set; }

    private void Toggle() => _expanded = !_expanded;

    private void ToggleBuryChoices() => _buryOpen = !_buryOpen;

    private Task Bury(BuryScope scope, string? tag = null)
    {
        _buryOpen = false;
        return OnBury.InvokeAsync(new BuryRequest(Card, scope, tag));
    }

    protected override void OnInitialized() => _shown = new Shown(Card, ShowChange, _expanded, _buryOpen, Compact); // what the first render shows

    protected override bool ShouldRender()
    {
        var shown = new Shown(Card, ShowChange, _expanded, _buryOpen, Compact);
        if (_shown is { } before && before.SameAs(shown)) return false;
        _shown = shown;
        return true;
    }

    private string ChangeStyle => Card.Change switch
    {
        { IsNew: true } => "color:#1976d2;font-weight:600",
        { Delta: > 0 } => "color:#2e7d32;font-weight:600",
        { Delta: < 0 } => "color:#c62828;font-weight:600",
        _ => "color:#757575",
    };

    private string ChangeTitle => Card.Change switch
    {
        { IsNew: true } => "Not in column 1's list",
        { Delta: > 0 } => $"{Card.Change.Delta} places higher than in column 1",
        { Delta: < 0 } => $"{-Card.Change.Delta} places lower than in column 1",
        _ => "Same place as in column 1",
    };

    private string MovedLabel => Card.Moved switch
    {
        { IsNew: true } => "new in list",
        { Delta: > 0 } m => $"moved ↑{m.Delta}",
        { } m => $"moved ↓{-m.Delta}",
        _ => "",
    };

    private string MovedStyle => Card.Moved is { IsNew: false, Delta: < 0 } ? "color:#c62828" : "color:#2e7d32";

    private string MovedTitle => Card.Before is { } before
        ? $"Against this column's list before your last change: #{before.Rank} then, #{Card.Ranked.Rank} now. “Why did this move?” shows the parts before and after."
        : "Not in this column's list before your last change.";

    /// <summary>What a compact card hides, as its tooltip: the full title, the department and the tags.</summary>
    private string CompactTitle => Card.Ranked.Item.Tags.Count == 0
        ? $"{Card.Ranked.Item.Title} · {Card.Ranked.Item.Department}"
        : $"{Card.Ranked.Item.Title} · {Card.Ranked.Item.Department} — tags: {string.Join(", ", Card.Ranked.Item.Tags)}";

    private string BarTitle => string.Join(", ", Card.Segments.Select(s => $"{s.Name} {s.Value.ToString("0.000", CultureInfo.InvariantCulture)} ({s.Percent.ToString("0", CultureInfo.InvariantCulture)} %)"));

    /// <summary>What a render shows; equal values render the same markup.</summary>
    private readonly record struct Shown(CompareCard Card, bool ShowChange, bool Expanded, bool BuryOpen, bool Compact)
    {
        public bool SameAs(Shown other) =>
            ShowChange == other.ShowChange && Compact == other.Compact && Expanded == other.Expanded && !Expanded && BuryOpen == other.BuryOpen
            && ReferenceEquals(Card.Ranked.Item, other.Card.Ranked.Item)
            && Card.Ranked.Rank == other.Card.Ranked.Rank
            && Card.Ranked.Score.Equals(other.Card.Ranked.Score)
            && Card.Ranked.Pinned == other.Card.Ranked.Pinned
            && Card.IsNew == other.Card.IsNew
            && Card.ReorderedByDiversity == other.Card.ReorderedByDiversity
            && Card.Moved == other.Card.Moved
            && Card.Change == other.Card.Change
            && Card.Segments.SequenceEqual(other.Card.Segments);
    }
}
