using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>
/// The generic CSV layout: items.csv, users.csv and events.csv, each with a header row (column names
/// case-insensitive, any order). Items and users keep the order of their files.
/// </summary>
internal static partial class GenericCsvFormat
{
    public const string ItemsFile = "items.csv";
    public const string UsersFile = "users.csv";
    public const string EventsFile = "events.csv";

    public static Dataset Read(string directory, ImportOptions options, string name) => ItemsUsersEvents.Read(name,
        (report, ids) => ReadItems(directory, report, ids),
        (report, ids) => ReadUsers(directory, report, ids),
        (report, itemIds, userIds) => ReadEvents(directory, options, report, itemIds, userIds));

    private static List<Item> ReadItems(string directory, ImportReport report, IdRegistry ids)
    {
        var items = new List<Item>();
        using var table = CsvTable.Open(directory, ItemsFile, report, "id", "title");
        if (table is null) return items;
        var columns = new ItemColumns(table);
        foreach (var row in table.Rows())
        {
            var item = ParseItem(row, columns, table.File, report);
            if (!RegisterId(row, row[columns.Id], "item", ids, table.File, report)) continue;
            if (item is not null) items.Add(item);
        }

        return items;
    }

    private static Item? ParseItem(CsvRow row, ItemColumns columns, string file, ImportReport report)
    {
        var errors = report.TotalErrors;
        var title = row[columns.Title];
        if (title.Length == 0) report.Add(file, row.Line, "title is empty");
        var priceText = row[columns.Price];
        var price = 0f;
        if (priceText.Length > 0 && (!ImportFields.TryParseNumber(priceText, out price) || price < 0))
            report.Add(file, row.Line, $"price '{priceText}' is not a non-negative number");
        var dateText = row[columns.LaunchDate];
        var launch = ImportFields.UnknownDate;
        if (dateText.Length > 0 && !ImportFields.TryParseIsoDate(dateText, out launch))
            report.Add(file, row.Line, $"launch_date '{dateText}' is not a date in the form yyyy-MM-dd");
        if (report.TotalErrors != errors) return null;

        var path = ImportFields.SplitCategory(row[columns.Category]);
        return new Item(
            Id: row[columns.Id],
            Title: title,
            Description: row[columns.Description],
            Department: path.Length > 0 ? path[0] : "",
            ProductType: path.Length > 0 ? path[^1] : "",
            CategoryPath: string.Join(" > ", path),
            Brand: row[columns.Brand],
            Price: price,
            LaunchDate: launch,
            Tags: ImportFields.SplitTags(row[columns.Tags]));
    }

    private static List<User> ReadUsers(string directory, ImportReport report, IdRegistry ids)
    {
        var users = new List<User>();
        using var table = CsvTable.Open(directory, UsersFile, report, "id");
        if (table is null) return users;
        var idColumn = table.IndexOf("id");
        var attributeNames = table.Header.Select(h => h.ToLowerInvariant()).ToArray();
        foreach (var row in table.Rows())
        {
            if (!RegisterId(row, row[idColumn], "user", ids, table.File, report)) continue;
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < attributeNames.Length; c++)
            {
                var value = row[c];
                if (c != idColumn && value.Length > 0) attributes[attributeNames[c]] = value;
            }

            users.Add(new User(row[idColumn], attributes));
        }

        return users;
    }

    /// <summary>Registers the row's id; reports an empty or duplicate id and returns false.</summary>
    private static bool RegisterId(CsvRow row, string id, string kind, IdRegistry ids, string file, ImportReport report)
    {
        if (id.Length == 0)
        {
            report.Add(file, row.Line, $"{kind} id is empty");
            return false;
        }

        if (ids.TryAdd(id, row.Line, out var firstLine)) return true;
        report.Add(file, row.Line, $"duplicate {kind} id '{id}' (first defined on line {firstLine})");
        return false;
    }

    private readonly record struct ItemColumns(int Id, int Title, int Description, int Category, int Tags, int Price, int LaunchDate, int Brand)
    {
        public ItemColumns(CsvTable table)
            : this(
                table.IndexOf("id"),
                table.IndexOf("title"),
                table.IndexOf("description"),
                table.IndexOf("category"),
                table.IndexOf("tags"),
                table.IndexOf("price"),
                table.IndexOf("launch_date"),
                table.IndexOf("brand"))
        {
        }
    }
}
