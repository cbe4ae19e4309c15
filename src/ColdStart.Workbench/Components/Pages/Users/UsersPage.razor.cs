using ColdStart.Data.Accounts;
using ColdStart.Workbench.Accounts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ColdStart.Workbench.Components.Pages.Users;

/// <summary>
/// The admin's page of accounts (<see cref="AccountDirectory"/>): create, set the role, (de)activate, reset a password,
/// and create or revoke an account's API keys (<see cref="ApiKeyStore"/>). A refused change shows its reason.
/// </summary>
public sealed partial class UsersPage
{
    private IReadOnlyList<AccountRow> _accounts = [];
    private AccountRow? _selected;
    private IReadOnlyList<ApiKeyInfo> _keys = [];
    private string _newName = "";
    private string _newPassword = "";
    private string _newRole = Roles.Viewer;
    private string _resetPassword = "";
    private string _keyName = "";
    private string? _newKey;
    private string? _message;
    private Severity _severity = Severity.Info;
    private bool _busy;

    [Inject] private AccountDirectory Accounts { get; set; } = null!;
    [Inject] private ApiKeyStore Keys { get; set; } = null!;

    protected override async Task OnInitializedAsync() => _accounts = await Accounts.ListAsync();

    private Task CreateAsync() => RunAsync(async () =>
    {
        var created = await Accounts.CreateAsync(_newName, _newPassword, _newRole);
        (_newName, _newPassword) = ("", "");
        return $"Created '{created.UserName}' as {created.Role}.";
    });

    private Task SetRoleAsync(AccountRow account, string? role) => RunAsync(async () =>
    {
        await Accounts.SetRoleAsync(account.Id, role ?? "");
        return $"'{account.UserName}' is now {role}; their open sessions end within a minute.";
    });

    private Task SetActiveAsync(AccountRow account, bool active) => RunAsync(async () =>
    {
        await Accounts.SetActiveAsync(account.Id, active);
        return active ? $"'{account.UserName}' is active again." : $"'{account.UserName}' is deactivated: no sign-in, no API keys.";
    });

    private async Task SelectAsync(AccountRow account)
    {
        (_selected, _newKey, _resetPassword) = (account, null, "");
        _keys = await Keys.ListAsync(account.Id);
    }

    private Task ResetPasswordAsync() => RunAsync(async () =>
    {
        var account = _selected!;
        await Accounts.ResetPasswordAsync(account.Id, _resetPassword);
        _resetPassword = "";
        return $"Set a new password for '{account.UserName}'.";
    });

    private Task CreateKeyAsync() => RunAsync(async () =>
    {
        var created = await Keys.CreateAsync(_selected!.Id, _keyName);
        (_newKey, _keyName) = (created.Secret, "");
        return $"Created key '{created.Key.Name}' for '{_selected.UserName}'.";
    });

    private Task RevokeAsync(ApiKeyInfo key) => RunAsync(async () =>
    {
        await Keys.RevokeAsync(key.Id);
        return $"Revoked key '{key.Name}'.";
    });

    private async Task RunAsync(Func<Task<string>> change)
    {
        _busy = true;
        try
        {
            (_message, _severity) = (await change(), Severity.Success);
        }
        catch (Exception ex) when (ex is AccountChangeException or ArgumentException or KeyNotFoundException)
        {
            (_message, _severity) = (ex.Message, Severity.Error);
        }
        finally
        {
            _busy = false;
        }
        _accounts = await Accounts.ListAsync();
        if (_selected is not null)
        {
            _selected = _accounts.FirstOrDefault(a => a.Id == _selected.Id);
            _keys = _selected is null ? [] : await Keys.ListAsync(_selected.Id);
        }
    }
}
