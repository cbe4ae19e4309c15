using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.Data.Sqlite;

namespace ColdStart.Data.Storage;

public sealed partial class WorldStore
{
    /// <summary>
    /// Reads a workspace back as an engine <see cref="Dataset"/>: items in id order (tags in the order stored),
    /// users in id order, events ordered by time (ties by insertion), with event indices mapped to list positions, and
    /// the newest event's row id as the dataset's <see cref="Dataset.EventWatermark"/> (events stored later are applied online).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No workspace has that name.</exception>
    public async Task<Dataset> LoadDatasetAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var workspaceId = await RequireWorkspaceIdAsync(db, workspace, cancellationToken);
        var connection = await OpenConnectionAsync(db, cancellationToken);
        var tags = ReadTags(connection, workspaceId);
        var (items, itemIndex) = ReadItems(connection, workspaceId, tags);
        var (users, userIndex) = ReadUsers(connection, workspaceId);
        var (events, watermark) = ReadEvents(connection, workspaceId, itemIndex, userIndex, cancellationToken);
        return new Dataset(workspace, items, users, events) { EventWatermark = watermark };
    }

    private static Dictionary<long, List<string>> ReadTags(SqliteConnection connection, int workspaceId)
    {
        using var command = Query(connection, workspaceId,
            "SELECT t.ItemId, t.Tag FROM ItemTags t JOIN Items i ON i.Id = t.ItemId WHERE i.WorkspaceId = $ws ORDER BY t.rowid;");
        using var reader = command.ExecuteReader();
        var tags = new Dictionary<long, List<string>>();
        while (reader.Read())
        {
            var itemId = reader.GetInt64(0);
            if (!tags.TryGetValue(itemId, out var list)) tags[itemId] = list = [];
            list.Add(reader.GetString(1));
        }
        return tags;
    }

    private static (List<Item> Items, Dictionary<long, int> Index) ReadItems(
        SqliteConnection connection, int workspaceId, Dictionary<long, List<string>> tags)
    {
        using var command = Query(connection, workspaceId,
            "SELECT Id, ExternalId, Title, Description, Department, ProductType, CategoryPath, Brand, Price, LaunchDate " +
            "FROM Items WHERE WorkspaceId = $ws ORDER BY Id;");
        using var reader = command.ExecuteReader();
        var items = new List<Item>();
        var index = new Dictionary<long, int>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            index[id] = items.Count;
            items.Add(new Item(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetFloat(8),
                reader.GetFieldValue<DateOnly>(9), tags.TryGetValue(id, out var list) ? list : []));
        }
        return (items, index);
    }

    private static (List<User> Users, Dictionary<long, int> Index) ReadUsers(SqliteConnection connection, int workspaceId)
    {
        using var command = Query(connection, workspaceId,
            "SELECT Id, ExternalId, AttributesJson FROM Users WHERE WorkspaceId = $ws ORDER BY Id;");
        using var reader = command.ExecuteReader();
        var users = new List<User>();
        var index = new Dictionary<long, int>();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            var externalId = reader.GetString(1);
            index[id] = users.Count;
            users.Add(new User(externalId, StoreJson.ReadAttributes(reader.GetString(2), $"Attributes of user '{externalId}'")));
        }
        return (users, index);
    }

    private static (List<Event> Events, long Watermark) ReadEvents(SqliteConnection connection, int workspaceId,
        Dictionary<long, int> itemIndex, Dictionary<long, int> userIndex, CancellationToken cancellationToken)
    {
        using var command = Query(connection, workspaceId,
            "SELECT UserId, ItemId, Type, Timestamp, Query, Id FROM Events WHERE WorkspaceId = $ws ORDER BY Timestamp, Id;");
        using var reader = command.ExecuteReader();
        var events = new List<Event>();
        long watermark = 0;
        while (reader.Read())
        {
            watermark = Math.Max(watermark, reader.GetInt64(5));
            if ((events.Count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var item = reader.IsDBNull(1) ? -1 : itemIndex[reader.GetInt64(1)];
            var query = reader.IsDBNull(4) ? null : reader.GetString(4);
            events.Add(new Event(userIndex[reader.GetInt64(0)], item, (EventType)reader.GetInt32(2), reader.GetInt64(3), query));
        }
        return (events, watermark);
    }

    private static SqliteCommand Query(SqliteConnection connection, int workspaceId, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ws", workspaceId);
        return command;
    }
}
