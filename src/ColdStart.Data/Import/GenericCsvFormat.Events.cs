using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

internal static partial class GenericCsvFormat
{
    private const string KnownTypes = "view, cart, purchase, search, rating";

    private static List<Event> ReadEvents(string directory, ImportOptions options, ImportReport report, IdRegistry itemIds, IdRegistry userIds)
    {
        var events = new List<Event>();
        using var table = CsvTable.Open(directory, EventsFile, report, "user_id", "item_id", "type", "timestamp");
        if (table is null) return events;
        var columns = new EventColumns(table);
        foreach (var row in table.Rows())
        {
            var parsed = ParseEvent(row, columns, options, table.File, report, itemIds, userIds);
            if (parsed is { } e) events.Add(e);
        }

        return events;
    }

    private static Event? ParseEvent(CsvRow row, EventColumns columns, ImportOptions options, string file, ImportReport report, IdRegistry itemIds, IdRegistry userIds)
    {
        var errors = report.TotalErrors;
        var userId = row[columns.User];
        if (!userIds.TryGetIndex(userId, out var user))
            report.Add(file, row.Line, userId.Length == 0 ? "user_id is empty" : $"unknown user_id '{userId}' (not in {UsersFile})");
        var timeText = row[columns.Timestamp];
        if (!ImportFields.TryParseTimestamp(timeText, out var timestamp))
            report.Add(file, row.Line, $"timestamp '{timeText}' is neither Unix seconds nor an ISO 8601 date/time");
        else if (!ImportFields.IsInRange(timestamp))
            report.Add(file, row.Line, ImportFields.OutOfRange("timestamp", timeText));
        var type = ParseType(row, columns, options, file, report);
        var item = -1;
        var itemId = row[columns.Item];
        if (type == EventType.Search)
        {
            if (itemId.Length > 0) report.Add(file, row.Line, $"search events take no item_id (got '{itemId}')");
            if (row[columns.Query].Length == 0) report.Add(file, row.Line, "search event has an empty query");
        }
        else if (!itemIds.TryGetIndex(itemId, out item))
        {
            report.Add(file, row.Line, itemId.Length == 0 ? "item_id is empty" : $"unknown item_id '{itemId}' (not in {ItemsFile})");
        }

        if (report.TotalErrors != errors || type is null) return null;
        var query = type == EventType.Search ? row[columns.Query] : null;
        return new Event(user, item, type.Value, timestamp, query);
    }

    /// <summary>The event type; a rating becomes Purchase at or above the threshold, otherwise View.</summary>
    private static EventType? ParseType(CsvRow row, EventColumns columns, ImportOptions options, string file, ImportReport report)
    {
        var text = row[columns.Type].ToLowerInvariant();
        switch (text)
        {
            case "view": return EventType.View;
            case "cart": return EventType.Cart;
            case "purchase": return EventType.Purchase;
            case "search": return EventType.Search;
            case "rating":
                var ratingText = row[columns.Rating];
                if (ImportFields.TryParseNumber(ratingText, out var rating)) return RatingEvents.TypeOf(rating, options);
                report.Add(file, row.Line, ratingText.Length == 0 ? "rating event has an empty rating" : $"rating '{ratingText}' is not a number");
                return null;
            default:
                report.Add(file, row.Line, $"type '{row[columns.Type]}' is not one of {KnownTypes}");
                return null;
        }
    }

    private readonly record struct EventColumns(int User, int Item, int Type, int Timestamp, int Query, int Rating)
    {
        public EventColumns(CsvTable table)
            : this(
                table.IndexOf("user_id"),
                table.IndexOf("item_id"),
                table.IndexOf("type"),
                table.IndexOf("timestamp"),
                table.IndexOf("query"),
                table.IndexOf("rating"))
        {
        }
    }
}
