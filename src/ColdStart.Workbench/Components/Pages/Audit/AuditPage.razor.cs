using System.Globalization;
using ColdStart.Data.Auditing;
using ColdStart.Data.Stores;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Audit;

/// <summary>
/// The audit trail (<see cref="AuditStore"/>), newest first, filtered by who, kind and a UTC date range; each entry shows
/// its field-by-field diff, and strategy and persona entries can be reverted to (through their stores, itself audited).
/// </summary>
public sealed partial class AuditPage
{
    private const int Limit = 500;

    private IReadOnlyList<AuditRecord> _entries = [];
    private IReadOnlyList<string> _actors = [];
    private string _actor = "";
    private string _kind = "";
    private DateOnly? _from;
    private DateOnly? _to;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private bool _busy;

    [Inject] private AuditStore Audit { get; set; } = null!;
    [Inject] private StrategyStore Strategies { get; set; } = null!;
    [Inject] private PersonaStore Personas { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task FilterAsync(Action set)
    {
        set();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _actors = await Audit.ListActorsAsync();
        var from = _from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = _to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        _entries = await Audit.ListAsync(new AuditQuery(_actor, _kind, from, to, Limit));
    }

    private async Task RevertAsync(AuditRecord entry)
    {
        _busy = true;
        try
        {
            string name = entry.Kind == AuditKinds.Strategy
                ? (await Strategies.RevertAsync(entry.Id)).Strategy.Name
                : (await Personas.RevertAsync(entry.Id)).Persona.Name;
            (_message, _messageSeverity) = ($"{Capitalised(entry.Kind)} '{name}' reverted to the version of {entry.At:yyyy-MM-dd HH:mm:ss} UTC.", Severity.Success);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or PersonaValidationException or InvalidDataException)
        {
            (_message, _messageSeverity) = ($"Nothing was reverted: {e.Message}", Severity.Error);
        }
        finally
        {
            _busy = false;
        }
        await LoadAsync();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? ParseDate(object? value) =>
        DateOnly.TryParseExact(value as string, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
