using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;

namespace ColdStart.Data.Auditing;

/// <summary>
/// How the stores record a change: the entry is added to the same context (and so the same SaveChanges or transaction)
/// as the change itself, so either both are committed or neither.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Used when a store was built without an <see cref="IActorSource"/> (tests, tools).</summary>
    public static IActorSource Unknown { get; } = new AmbientActorSource("unknown");

    public static AuditEntryEntity Add<T>(
        WorkbenchDbContext db, IActorSource? actors, string kind, string action, string subject, int? subjectId, string? workspace,
        T? before, T? after)
        where T : class
    {
        var entry = new AuditEntryEntity
        {
            At = DateTime.UtcNow,
            Actor = Clip((actors ?? Unknown).Current, 200),
            Kind = kind,
            Action = action,
            Subject = Clip(subject, 300),
            SubjectId = subjectId,
            Workspace = workspace,
            BeforeJson = before is null ? null : StoreJson.Serialize(before),
            AfterJson = after is null ? null : StoreJson.Serialize(after),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;
}
