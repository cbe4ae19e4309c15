using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.Data.Sqlite;

namespace ColdStart.Data.Storage;

/// <summary>
/// Writes items, tags, users and events of one workspace with reused prepared commands inside the caller's
/// transaction. Row ids are assigned here (current maximum + 1 + position), so events can refer to users and
/// items without reading ids back; the open write transaction keeps anyone else from taking ids in between.
/// </summary>
internal sealed class BulkWriter(
    SqliteConnection connection,
    SqliteTransaction transaction,
    int workspaceId,
    WorkspaceContent content,
    IProgress<StoreProgress>? progress,
    CancellationToken cancellationToken)
{
    private readonly Dataset _dataset = content.Dataset;
    private readonly long _total = CountRows(content.Dataset);
    private long _done;

    public void WriteAll()
    {
        var itemBase = MaxId("Items");
        var userBase = MaxId("Users");
        Begin("Items");
        WriteItems(itemBase);
        Begin("Tags");
        WriteTags(itemBase);
        Begin("Users");
        WriteUsers(userBase);
        Begin("Events");
        WriteEvents(itemBase, userBase);
        progress?.Report(new StoreProgress("Done", _total, _total));
    }

    private void WriteItems(long itemBase)
    {
        var hasEvents = new bool[_dataset.Items.Count];
        foreach (var e in _dataset.Events)
        {
            if (e.Item >= 0) hasEvents[e.Item] = true;
        }
        using var insert = Command(
            "INSERT INTO Items (Id, WorkspaceId, ExternalId, Title, Description, Department, ProductType, CategoryPath, Brand, Price, LaunchDate, IsNew) " +
            "VALUES ($id, $ws, $ext, $title, $desc, $dept, $type, $path, $brand, $price, $launch, $new);",
            "$id", "$ws", "$ext", "$title", "$desc", "$dept", "$type", "$path", "$brand", "$price", "$launch", "$new");
        var p = insert.Parameters;
        p[1].Value = workspaceId;
        for (var i = 0; i < _dataset.Items.Count; i++)
        {
            var item = _dataset.Items[i];
            p[0].Value = itemBase + 1 + i;
            p[2].Value = item.Id;
            p[3].Value = item.Title;
            p[4].Value = item.Description;
            p[5].Value = item.Department;
            p[6].Value = item.ProductType;
            p[7].Value = item.CategoryPath;
            p[8].Value = item.Brand;
            p[9].Value = item.Price;
            p[10].Value = item.LaunchDate;
            p[11].Value = !hasEvents[i];
            insert.ExecuteNonQuery();
            Advance("Items");
        }
    }

    private void WriteTags(long itemBase)
    {
        using var insert = Command("INSERT OR IGNORE INTO ItemTags (ItemId, Tag) VALUES ($item, $tag);", "$item", "$tag");
        var p = insert.Parameters;
        for (var i = 0; i < _dataset.Items.Count; i++)
        {
            p[0].Value = itemBase + 1 + i;
            foreach (var tag in _dataset.Items[i].Tags)
            {
                p[1].Value = tag;
                insert.ExecuteNonQuery();
                Advance("Tags");
            }
        }
    }

    private void WriteUsers(long userBase)
    {
        using var insert = Command(
            "INSERT INTO Users (Id, WorkspaceId, ExternalId, AttributesJson, Archetype) VALUES ($id, $ws, $ext, $attrs, $arch);",
            "$id", "$ws", "$ext", "$attrs", "$arch");
        var p = insert.Parameters;
        p[1].Value = workspaceId;
        var archetypes = content.UserArchetypes;
        for (var i = 0; i < _dataset.Users.Count; i++)
        {
            var user = _dataset.Users[i];
            p[0].Value = userBase + 1 + i;
            p[2].Value = user.Id;
            p[3].Value = StoreJson.Serialize(user.Attributes);
            p[4].Value = archetypes is null ? DBNull.Value : archetypes[i];
            insert.ExecuteNonQuery();
            Advance("Users");
        }
    }

    private void WriteEvents(long itemBase, long userBase)
    {
        using var insert = Command(
            "INSERT INTO Events (WorkspaceId, UserId, ItemId, Type, Timestamp, Query) VALUES ($ws, $user, $item, $type, $ts, $query);",
            "$ws", "$user", "$item", "$type", "$ts", "$query");
        var p = insert.Parameters;
        p[0].Value = workspaceId;
        foreach (var e in _dataset.Events)
        {
            p[1].Value = userBase + 1 + e.User;
            p[2].Value = e.Item >= 0 ? itemBase + 1 + e.Item : DBNull.Value;
            p[3].Value = (int)e.Type;
            p[4].Value = e.Timestamp;
            p[5].Value = (object?)e.Query ?? DBNull.Value;
            insert.ExecuteNonQuery();
            Advance("Events");
        }
    }

    private SqliteCommand Command(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameterNames) command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        command.Prepare();
        return command;
    }

    private long MaxId(string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table switch
        {
            "Items" => "SELECT COALESCE(MAX(Id), 0) FROM Items;",
            "Users" => "SELECT COALESCE(MAX(Id), 0) FROM Users;",
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Only Items and Users get assigned ids."),
        };
        return (long)command.ExecuteScalar()!;
    }

    private void Begin(string stage)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new StoreProgress(stage, _done, _total));
    }

    private void Advance(string stage)
    {
        _done++;
        if (_done % ProgressInterval != 0) return;
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new StoreProgress(stage, _done, _total));
    }

    private const int ProgressInterval = 20_000;

    private static long CountRows(Dataset dataset)
    {
        long tags = 0;
        foreach (var item in dataset.Items) tags += item.Tags.Count;
        return dataset.Items.Count + tags + dataset.Users.Count + dataset.Events.Count;
    }
}
