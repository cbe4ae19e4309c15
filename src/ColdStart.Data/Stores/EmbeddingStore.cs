using System.Runtime.InteropServices;
using ColdStart.Engine.Text.Caching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Data.Stores;

/// <summary>
/// The text-embedding cache in SQLite: table <c>EmbeddingEncoders</c> (one row per encoder fingerprint) and
/// <c>Embeddings</c> (encoder, SHA-256 of the text, float32 vector as a blob of <c>4 × dimension</c> bytes). Shared by all
/// workspaces: a text encoded once by one encoder is found again whatever workspace asks. Raw prepared commands, one
/// transaction per call.
/// </summary>
/// <remarks>
/// The cache is an optimisation, never a source of truth: a database error (locked, read-only) is logged as a warning
/// and read as misses, or the vectors are simply not kept; the encoder's result is returned either way.
/// </remarks>
public sealed class EmbeddingStore(IDbContextFactory<WorkbenchDbContext> contexts, ILogger<EmbeddingStore>? logger = null) : IEmbeddingStore
{
    private readonly ILogger _logger = logger ?? NullLogger<EmbeddingStore>.Instance;

    /// <inheritdoc/>
    public int Lookup(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, Span<float> destination, Span<bool> found)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        if (destination.Length < hashes.Count * dimension || found.Length < hashes.Count)
            throw new ArgumentException($"Room for {hashes.Count} vectors of {dimension} floats is needed.", nameof(destination));
        try
        {
            using var db = contexts.CreateDbContext();
            var connection = Open(db);
            if (FindEncoderId(connection, fingerprint) is not { } encoderId) return 0;
            using var transaction = connection.BeginTransaction(deferred: true);
            var rowOf = new Dictionary<TextHash, int>(hashes.Count);
            for (int i = 0; i < hashes.Count; i++) rowOf.TryAdd(hashes[i], i);
            int hits = 0, bytes = dimension * sizeof(float);
            for (int start = 0; start < hashes.Count; start += LookupBatch)
            {
                int count = Math.Min(LookupBatch, hashes.Count - start);
                using var select = SelectBatch(connection, transaction, encoderId, hashes, start, count);
                using var reader = select.ExecuteReader();
                while (reader.Read())
                {
                    var key = TextHash.FromBytes((byte[])reader[0]);
                    var vector = (byte[])reader[1];
                    if (vector.Length != bytes || !rowOf.TryGetValue(key, out int row) || found[row]) continue;
                    MemoryMarshal.Cast<byte, float>(vector).CopyTo(destination.Slice(row * dimension, dimension));
                    found[row] = true;
                    hits++;
                }
            }
            transaction.Commit();
            return hits;
        }
        catch (SqliteException ex)
        {
            _logger.LogWarning(ex, "The embedding cache could not be read ({Message}); the texts are encoded again", ex.Message);
            found[..hashes.Count].Clear();
            return 0;
        }
    }

    /// <inheritdoc/>
    public void Save(string fingerprint, int dimension, IReadOnlyList<TextHash> hashes, ReadOnlySpan<float> vectors)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        if (vectors.Length != hashes.Count * dimension)
            throw new ArgumentException($"{hashes.Count} vectors of {dimension} floats need {hashes.Count * dimension} floats, got {vectors.Length}.", nameof(vectors));
        if (!BitConverter.IsLittleEndian) return; // vectors are stored little-endian; never write another layout
        try
        {
            using var db = contexts.CreateDbContext();
            var connection = Open(db);
            using var transaction = connection.BeginTransaction();
            int encoderId = EnsureEncoderId(connection, transaction, fingerprint, dimension);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO Embeddings (EncoderId, TextHash, Vector) VALUES ($encoder, $hash, $vector);";
            insert.Parameters.AddWithValue("$encoder", encoderId);
            var hash = insert.Parameters.Add("$hash", SqliteType.Blob);
            var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
            insert.Prepare();
            for (int i = 0; i < hashes.Count; i++)
            {
                hash.Value = hashes[i].Bytes.ToArray();
                vector.Value = MemoryMarshal.AsBytes(vectors.Slice(i * dimension, dimension)).ToArray();
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        catch (SqliteException ex)
        {
            _logger.LogWarning(ex, "The embedding cache could not be written ({Message}); {Count} vectors are not kept", ex.Message, hashes.Count);
        }
    }

    /// <summary>Number of vectors stored for <paramref name="fingerprint"/>.</summary>
    public async Task<int> CountAsync(string fingerprint, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Embeddings.CountAsync(e => e.Encoder!.Fingerprint == fingerprint, cancellationToken);
    }

    /// <summary>
    /// Deletes the vectors of every encoder not used since <paramref name="unusedSinceUtc"/> (a retrained or replaced
    /// encoder, a deleted workspace's encoder), and returns how many encoders were dropped.
    /// </summary>
    public async Task<int> PruneAsync(DateTime unusedSinceUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = await db.EmbeddingEncoders.Where(e => e.LastUsedAt < unusedSinceUtc).Select(e => e.Id).ToListAsync(cancellationToken);
        if (stale.Count == 0) return 0;
        await db.Embeddings.Where(e => stale.Contains(e.EncoderId)).ExecuteDeleteAsync(cancellationToken);
        return await db.EmbeddingEncoders.Where(e => stale.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Hashes per SELECT … IN (…): one indexed probe each, few round trips.</summary>
    private const int LookupBatch = 500;

    private static SqliteCommand SelectBatch(SqliteConnection connection, SqliteTransaction transaction, int encoderId, IReadOnlyList<TextHash> hashes, int start, int count)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = "$h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(names[i], SqliteType.Blob).Value = hashes[start + i].Bytes.ToArray();
        }
        command.Parameters.AddWithValue("$encoder", encoderId);
        command.CommandText = $"SELECT TextHash, Vector FROM Embeddings WHERE EncoderId = $encoder AND TextHash IN ({string.Join(", ", names)});";
        return command;
    }

    private static SqliteConnection Open(WorkbenchDbContext db)
    {
        db.Database.OpenConnection();
        return (SqliteConnection)db.Database.GetDbConnection();
    }

    /// <summary>The encoder's row id, marking it used; null when nothing was ever stored for it.</summary>
    private static int? FindEncoderId(SqliteConnection connection, string fingerprint)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE EmbeddingEncoders SET LastUsedAt = $now WHERE Fingerprint = $fingerprint RETURNING Id;";
        command.Parameters.AddWithValue("$now", DateTime.UtcNow);
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        return command.ExecuteScalar() is long id ? (int)id : null;
    }

    private static int EnsureEncoderId(SqliteConnection connection, SqliteTransaction transaction, string fingerprint, int dimension)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO EmbeddingEncoders (Fingerprint, Dimension, CreatedAt, LastUsedAt) VALUES ($fingerprint, $dimension, $now, $now) " +
            "ON CONFLICT (Fingerprint) DO UPDATE SET LastUsedAt = excluded.LastUsedAt RETURNING Id;";
        command.Parameters.AddWithValue("$fingerprint", fingerprint);
        command.Parameters.AddWithValue("$dimension", dimension);
        command.Parameters.AddWithValue("$now", DateTime.UtcNow);
        return (int)(long)command.ExecuteScalar()!;
    }
}
