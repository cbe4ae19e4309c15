using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ColdStart.Workbench.Api;

/// <summary>
/// Checks <c>POST /api/v1/events</c> field by field and records the events through <see cref="LiveEvents"/>: written to
/// the store first, then applied to the live model's popularity, freshness and exploration posteriors. Events of
/// items the workspace does not have are refused, naming each, and nothing is stored.
/// </summary>
public sealed class VisitorEvents(LiveEvents live, TimeProvider clock)
{
    public const int MaxEvents = 100;
    public const int MaxVisitorIdLength = 100;
    public const int MaxQueryLength = 200;
    public const int MaxAttributes = 20;

    /// <param name="request">The events.</param>
    /// <param name="workspace">The active workspace.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<Results<Ok<EventsResponse>, ValidationProblem>> RecordAsync(EventsRequest request, string workspace,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string visitor = request.VisitorId?.Trim() ?? "";
        if (visitor.Length == 0) errors["visitorId"] = ["visitorId is required."];
        else if (visitor.Length > MaxVisitorIdLength || visitor.Any(char.IsControl))
            errors["visitorId"] = [$"visitorId must be at most {MaxVisitorIdLength} characters without control characters."];
        CheckAttributes(request.Attributes, errors);
        var events = ToEvents(request.Events, errors);
        if (errors.Count > 0) return Invalid(errors);

        var recorded = await live.RecordAsync(workspace, visitor, request.Attributes, events, cancellationToken);
        foreach (int i in recorded.UnknownItems) errors[$"events[{i}].itemId"] = [$"Item '{events[i].ItemId}' is not in workspace '{workspace}'."];
        if (errors.Count > 0) return Invalid(errors);
        return TypedResults.Ok(new EventsResponse(workspace, visitor, recorded.Recorded, recorded.NewVisitor, ClockWarnings(events, recorded.PreviousLatest)));
    }

    private static void CheckAttributes(Dictionary<string, string>? attributes, Dictionary<string, string[]> errors)
    {
        if (attributes is null) return;
        if (attributes.Count > MaxAttributes) errors["attributes"] = [$"At most {MaxAttributes} attributes (now {attributes.Count})."];
        foreach (var (key, value) in attributes)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > 50) errors["attributes"] = ["Attribute names must be 1–50 characters."];
            else if (value is null || value.Length > 100) errors["attributes." + key] = ["Attribute values must be at most 100 characters."];
            else if (UserAttributes.Values.TryGetValue(key, out var allowed) && !allowed.Contains(value, StringComparer.Ordinal))
                errors["attributes." + key] = [$"'{value}' is not a known {key}; use one of {string.Join(", ", allowed)}."];
        }
    }

    private List<VisitorEvent> ToEvents(IReadOnlyList<EventRequest>? requests, Dictionary<string, string[]> errors)
    {
        var events = new List<VisitorEvent>();
        if (requests is not { Count: > 0 } || requests.Count > MaxEvents)
        {
            errors["events"] = [$"Send between 1 and {MaxEvents} events (now {requests?.Count ?? 0})."];
            return events;
        }
        long now = clock.GetUtcNow().ToUnixTimeSeconds();
        for (int i = 0; i < requests.Count; i++)
        {
            string field = $"events[{i}]";
            var e = requests[i];
            if (e is null)
            {
                errors[field] = ["An event must not be null."];
                continue;
            }
            EventType? type = e.Type?.Trim().ToLowerInvariant() switch
            {
                "click" or "view" => EventType.View,
                "cart" => EventType.Cart,
                "purchase" => EventType.Purchase,
                "search" => EventType.Search,
                _ => null,
            };
            if (type is null) errors[field + ".type"] = [$"Unknown event type '{e.Type}'; use click, view, cart, purchase or search."];
            else if (type == EventType.Search && (string.IsNullOrWhiteSpace(e.Query) || e.Query.Length > MaxQueryLength))
                errors[field + ".query"] = [$"A search needs a query of 1–{MaxQueryLength} characters."];
            else if (type != EventType.Search && string.IsNullOrWhiteSpace(e.ItemId))
                errors[field + ".itemId"] = [$"A {e.Type!.Trim().ToLowerInvariant()} event needs an itemId."];
            long timestamp = e.Timestamp ?? now;
            if (timestamp < 0 || timestamp > now + 86_400)
                errors[field + ".timestamp"] = [$"timestamp must be Unix seconds between 0 and a day from now (got {timestamp})."];
            if (type is { } t)
                events.Add(new VisitorEvent(t, t == EventType.Search ? null : e.ItemId?.Trim(), t == EventType.Search ? e.Query?.Trim() : null, timestamp));
        }
        return events;
    }

    /// <summary>
    /// The model measures popularity and freshness from the workspace's latest event, so events long after it (e.g.
    /// today's, sent to the generated sample world or a historical import) age the whole history at the next build.
    /// </summary>
    private static IReadOnlyList<string> ClockWarnings(List<VisitorEvent> events, long? previousLatest)
    {
        if (previousLatest is not { } latest) return [];
        long newest = events.Max(e => e.Timestamp);
        double days = (newest - latest) / 86_400.0;
        if (days <= ClockWarningDays) return [];
        var before = DateTimeOffset.FromUnixTimeSeconds(latest).UtcDateTime;
        return [$"These events are {days:0} days after the workspace's latest event ({before:yyyy-MM-dd}); the next model build measures " +
            "popularity and freshness from the newest event, so the earlier history counts as that much older. Send timestamps in the workspace's time to avoid this."];
    }

    /// <summary>How far past the workspace's latest event recorded events may be before the response warns.</summary>
    public const int ClockWarningDays = 30;

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid fields",
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
}
