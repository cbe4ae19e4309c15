namespace ColdStart.Data.Auditing;

/// <summary>What an audit entry is about.</summary>
public static class AuditKinds
{
    public const string Strategy = "strategy";
    public const string Persona = "persona";
    public const string ItemTags = "item tags";
    public const string Suite = "suite";
    public const string Workspace = "workspace";
    public const string Account = "user";
    public const string ApiKey = "API key";
    public const string Board = "board";

    public static IReadOnlyList<string> All { get; } = [Strategy, Persona, ItemTags, Suite, Board, Workspace, Account, ApiKey];
}

/// <summary>What was done to the subject.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Reverted = "reverted";
    public const string Revoked = "revoked";
    public const string PasswordReset = "password reset";
    public const string PasswordChanged = "password changed";
}
