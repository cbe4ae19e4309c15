using System.Globalization;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Shared;

public sealed partial class StatisticsPanel
{
    [Parameter, EditorRequired] public WorkspaceStatistics Statistics { get; set; } = default!;

    private string DateRange => Statistics is { FirstEvent: { } first, LastEvent: { } last }
        ? $"{Day(first)} – {Day(last)}"
        : "no events";

    private string? DaySpan => Statistics is { FirstEvent: { } first, LastEvent: { } last }
        ? $"{Count((int)Math.Ceiling((last - first).TotalDays))} days of history"
        : null;

    private double Share(int events) => Statistics.Events == 0 ? 0 : (double)events / Statistics.Events;

    internal static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";

    private static string Day(DateTime value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    internal static string TypeLabel(EventType type) => type switch
    {
        EventType.View => "Views",
        EventType.Cart => "Add to cart",
        EventType.Purchase => "Purchases",
        EventType.Search => "Searches",
        _ => type.ToString(),
    };
}
