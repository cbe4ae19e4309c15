using Microsoft.AspNetCore.Identity;

namespace ColdStart.Data.Accounts;

/// <summary>
/// A person who signs in to the workbench (ASP.NET Core Identity's user, table <c>AspNetUsers</c>). Not to be confused
/// with <see cref="Entities.UserEntity"/>, the shop's historical visitors.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary>False once an admin deactivated the account: it can no longer sign in, and its API keys stop working.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// The workspace this person last chose to work on (see <see cref="WorkspaceChoiceStore"/>), or null for the
    /// server-wide default. Not a foreign key: deleting a workspace clears it through the store.
    /// </summary>
    public string? ActiveWorkspace { get; set; }
}
