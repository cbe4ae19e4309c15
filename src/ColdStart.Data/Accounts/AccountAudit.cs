using ColdStart.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Accounts;

/// <summary>
/// Records changes to accounts (<see cref="AuditKinds.Account"/>) in the audit trail. Identity's user manager writes the
/// account itself, so the entry follows it in its own transaction.
/// </summary>
public sealed class AccountAudit(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    /// <summary>Records <paramref name="action"/> on the account, with its state before and after (null when absent).</summary>
    public async Task RecordAsync(string action, AccountSnapshot? before, AccountSnapshot? after, CancellationToken cancellationToken = default)
    {
        var subject = (after ?? before)?.UserName ?? throw new ArgumentException("An account change needs a before or an after.", nameof(after));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, actors, AuditKinds.Account, action, subject, null, null, before, after);
        await db.SaveChangesAsync(cancellationToken);
    }
}
