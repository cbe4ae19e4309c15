namespace ColdStart.Workbench.Accounts;

/// <summary>An account change that was refused; the message says why (Identity's password rules, a taken name, the last admin…).</summary>
public sealed class AccountChangeException : Exception
{
    public AccountChangeException() : base("The account change was refused.") { }

    public AccountChangeException(string message) : base(message) { }

    public AccountChangeException(string message, Exception inner) : base(message, inner) { }
}
