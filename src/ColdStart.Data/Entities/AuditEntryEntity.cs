namespace ColdStart.Data.Entities;

/// <summary>One recorded change: when, who, what (kind and subject), the action, and the subject before and after as JSON.</summary>
public sealed class AuditEntryEntity
{
    public int Id { get; set; }

    /// <summary>When the change was committed (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>Who made it, as <see cref="Auditing.IActorSource"/> named them.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="Auditing.AuditKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="Auditing.AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The subject's name (strategy, persona, suite, workspace name or item id).</summary>
    public required string Subject { get; set; }

    /// <summary>The subject's row id where it has one (strategies, personas, suites).</summary>
    public int? SubjectId { get; set; }

    /// <summary>The workspace the subject belongs to; null for global rows (strategies).</summary>
    public string? Workspace { get; set; }

    /// <summary>The subject before the change as JSON; null when it was created.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>The subject after the change as JSON; null when it was deleted.</summary>
    public string? AfterJson { get; set; }
}
