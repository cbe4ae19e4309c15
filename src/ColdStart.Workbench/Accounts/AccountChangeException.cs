namespace ColdStart.Workbench.Accounts;

/// <summary>An account change that was refused; the message says why (Identity's password rules, a taken name, the last admin…).</summary>
public sealed class AccountChangeException(string message) : Exception(message)
{
    public AccountChangeException() : this("The account change was refused.") { }

    public AccountChangeException(string message, Exception inner) : this(message + " " + inner?.Message) { }
}
