using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Compare;

/// <summary>
/// Static markup of result cards, in MudBlazor's classes: tag chips (built once per item), icons, button classes and
/// score-bar segment styles.
/// </summary>
internal static class CardMarkup
{
    private static readonly ConditionalWeakTable<Item, string> TagChips = [];

    public const string TextButton = "mud-button-root mud-button mud-button-text mud-button-text-default mud-button-text-size-small";

    public static readonly MarkupString PinIcon = Icon(Icons.Material.Filled.PushPin);

    public static readonly MarkupString BuryIcon = Icon(Icons.Material.Filled.ArrowDownward);

    /// <summary>The item's tags as small outlined chips; the markup is built once per item (a tag edit makes a new item).</summary>
    public static MarkupString Tags(Item item) =>
        new(TagChips.GetValue(item, static i => string.Concat(i.Tags.Select(tag =>
            $"<span class=\"mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-default\"><span class=\"mud-chip-content\">{WebUtility.HtmlEncode(tag)}</span></span>"))));

    /// <summary>An icon as the start adornment of a small button.</summary>
    public static MarkupString ButtonIcon(MarkupString icon) =>
        (MarkupString)$"<span class=\"mud-button-icon-start mud-button-icon-size-small\">{icon.Value}</span>";

    public static string SegmentStyle(ScoreSegment segment) =>
        $"width:{segment.Percent.ToString("0.##", CultureInfo.InvariantCulture)}%;background:{Colour(segment.Name)}";

    /// <summary>The bar colour of a score part (<see cref="ScorePart"/> names); grey for an unknown one.</summary>
    public static string Colour(string part) => ScoreSegment.Colour(part);

    private static MarkupString Icon(string svg) =>
        (MarkupString)$"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-small\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{svg}</svg>";
}
