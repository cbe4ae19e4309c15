namespace ColdStart.Data.Auditing;

/// <summary>One audit entry as read back: <see cref="Before"/>/<see cref="After"/> are JSON, null for created/deleted.</summary>
public sealed record AuditRecord(
    int Id, DateTime At, string Actor, string Kind, string Action, string Subject, int? SubjectId, string? Workspace,
    string? Before, string? After)
{
    /// <summary>Whether "Revert to this version" applies: a strategy or persona entry that holds a version.</summary>
    public bool CanRevert => Kind is AuditKinds.Strategy or AuditKinds.Persona && (After ?? Before) is not null;
}

/// <summary>Filters of the audit list; null or empty means any.</summary>
public sealed record AuditQuery(string? Actor = null, string? Kind = null, DateTime? FromUtc = null, DateTime? ToUtc = null, int Take = 500);
