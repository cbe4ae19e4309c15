using System.Globalization;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Items;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Pages.Items;

/// <summary>
/// The tag editor's impact preview (<see cref="TagEditPreviewer"/>): for the pending tags, which personas' top-N lists
/// change (entered, left, moved, with ranks), the item's nearest items before and after, and the new-item exposure over
/// all personas; strategy and N choosable. The preview belongs to the parent, which saves it as previewed; cancel drops it.
/// </summary>
public sealed partial class TagImpactPanel : IDisposable
{
    private static readonly int[] TopNChoices = [5, 10, 20, 50];

    [Inject] private TagEditPreviewer Previewer { get; set; } = default!;

    [Parameter, EditorRequired] public Item Item { get; set; } = default!;

    /// <summary>The pending tags, as in the editor.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>The last preview, or null; shown only while it is for exactly <see cref="Tags"/>.</summary>
    [Parameter] public TagEditImpact? Preview { get; set; }

    [Parameter] public EventCallback<TagEditImpact?> PreviewChanged { get; set; }

    /// <summary>Raised by "Cancel edit": the parent puts the stored tags back.</summary>
    [Parameter] public EventCallback Cancel { get; set; }

    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<Strategy> _strategies = [];
    private string? _strategy;
    private int _topN = 10;
    private bool _computing;
    private string? _error;

    private bool Dirty => !Tags.SequenceEqual(Item.Tags, StringComparer.Ordinal);

    private TagEditImpact? Shown => Preview is { } p && p.IsFor(Item.Id, Tags) ? p : null;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _strategies = await Previewer.StrategiesAsync(_disposed.Token);
            _strategy = (_strategies.FirstOrDefault(s => s.Name == Strategy.Balanced.Name) ?? (_strategies.Count > 0 ? _strategies[0] : null))?.Name;
        }
        catch (Exception ex) when (ex is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            _error = $"The strategies could not be read: {ex.Message}";
        }
    }

    private async Task PreviewAsync()
    {
        if (_strategies.FirstOrDefault(s => s.Name == _strategy) is not { } strategy) return;
        _computing = true;
        _error = null;
        try
        {
            var impact = await Previewer.PreviewAsync(Item.Id, [.. Tags], strategy, _topN, _disposed.Token);
            await PreviewChanged.InvokeAsync(impact);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            _error = $"The preview could not be computed: {ex.Message}";
            await PreviewChanged.InvokeAsync(null);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // The panel went away; nobody is waiting for the preview.
        }
        finally
        {
            _computing = false;
        }
    }

    private Task StrategyChangedAsync(string name)
    {
        _strategy = name;
        return Shown is null ? Task.CompletedTask : PreviewAsync();
    }

    private Task TopNChangedAsync(int n)
    {
        _topN = n;
        return Shown is null ? Task.CompletedTask : PreviewAsync();
    }

    private async Task CancelAsync()
    {
        _error = null;
        await PreviewChanged.InvokeAsync(null);
        await Cancel.InvokeAsync();
    }

    private static string Summary(TagEditImpact impact)
    {
        int changed = impact.Changed.Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"{changed} of {impact.Personas.Count} personas' top {impact.TopN} change under {impact.Strategy} (computed in {impact.Elapsed.TotalMilliseconds:0} ms).");
    }

    private static string Exposure(TagEditImpact impact)
    {
        var e = impact.Exposure;
        return string.Create(CultureInfo.InvariantCulture,
            $"New items hold {e.NewBefore} → {e.NewAfter} ({e.NewDelta:+0;-0;±0}) of {e.SlotsAfter} places in the top {impact.TopN} of {impact.Personas.Count} personas ({e.ShareBefore:0.0%} → {e.ShareAfter:0.0%}). This item is in {e.ListsWithItemBefore} → {e.ListsWithItemAfter} of those lists.");
    }

    private static string Rank(int? rank) => rank is { } r ? "#" + r.ToString(CultureInfo.InvariantCulture) : "—";

    private static string Cosine(float value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
