namespace ColdStart.Workbench.Accounts;

/// <summary>Sign-in settings, section "Accounts" of appsettings.json (validated on start).</summary>
/// <remarks>
/// Defaults: accounts on (<see cref="SingleUser"/> false), passwords of at least 10 characters, lock-out for 15 minutes
/// after 5 failed sign-ins in a row.
/// </remarks>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// Development only: no accounts; every request from this machine (loopback) acts as one local admin named
    /// "local user", and any other address is refused. Refused at start in the Production environment. Tests and quick
    /// experiments use it; anything shared must not.
    /// </summary>
    public bool SingleUser { get; set; }

    /// <summary>Shortest password accepted.</summary>
    public int MinPasswordLength { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;
}
