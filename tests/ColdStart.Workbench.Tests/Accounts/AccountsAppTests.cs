using System.Net;
using ColdStart.Data.Accounts;
using ColdStart.Data.Auditing;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Accounts;
using ColdStart.Workbench.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Tests.Accounts;

/// <summary>The real app with accounts on, over a fresh small world (the model never builds here: absent encoder).</summary>
public sealed class AccountsAppTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_fresh_workbench_sends_this_machine_to_setup_and_refuses_other_addresses()
    {
        await using var factory = Create().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ApiAccessTests.RemoteAddressFilter>()));
        using var client = Client(factory);

        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var api = await client.GetAsync(new Uri("/api/v1/workspaces", UriKind.Relative));
        var remoteHome = await client.SendAsync(Remote("/"));
        var remoteSetup = await client.SendAsync(Remote("/account/setup"));

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/setup", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remoteHome.StatusCode);
        Assert.Contains("no admin yet", await remoteHome.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, remoteSetup.StatusCode);
    }

    [Fact]
    public async Task The_setup_page_creates_the_admin_once_signs_them_in_and_audits_it()
    {
        await using var factory = Create();
        using var client = Client(factory);
        using var stranger = Client(factory);

        var tooShort = await AccountForms.SetUpAsync(client, "alice", "short");
        var created = await AccountForms.SetUpAsync(client, "alice", Password);
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var anonymous = await stranger.GetAsync(new Uri("/personas", UriKind.Relative));
        var again = await stranger.GetStringAsync(new Uri("/account/setup", UriKind.Relative));

        Assert.Contains("at least 10 characters", await AccountForms.MessageAsync(tooShort), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("alice · admin", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=%2Fpersonas", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("The workbench has its admin", again, StringComparison.Ordinal);
        var entry = Assert.Single(await AuditOfAsync(factory, AuditKinds.Account));
        Assert.Equal((AuditActions.Created, "alice"), (entry.Action, entry.Subject));
        Assert.Contains("\"role\":\"admin\"", entry.After, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("correct horse", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_an_admin_resets_it_and_a_deactivated_one_cannot_sign_in()
    {
        await using var factory = Create(("Accounts:MaxFailedSignIns", "3"));
        using var client = Client(factory);
        var accounts = await WithAdminAsync(factory);
        var bob = await accounts.CreateAsync("bob", Password, Roles.Editor);
        var carol = await accounts.CreateAsync("carol", Password, Roles.Viewer);
        await accounts.SetActiveAsync(carol.Id, active: false);

        var wrong = new List<string?>();
        for (int i = 0; i < 3; i++) wrong.Add(await AccountForms.MessageAsync(await AccountForms.SignInAsync(client, "bob", "not the password")));
        var right = await AccountForms.SignInAsync(client, "bob", Password);
        var deactivated = await AccountForms.SignInAsync(client, "carol", Password);
        await accounts.ResetPasswordAsync(bob.Id, "a reset long password");
        var afterReset = await AccountForms.SignInAsync(client, "bob", "a reset long password");

        Assert.Equal("The user name or password is wrong.", wrong[0]);
        Assert.StartsWith("This account is locked after 3 failed sign-ins", wrong[2], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.StartsWith("This account is locked", await AccountForms.MessageAsync(right), StringComparison.Ordinal);
        Assert.Equal("This account is deactivated; ask an admin.", await AccountForms.MessageAsync(deactivated));
        Assert.Equal(HttpStatusCode.Redirect, afterReset.StatusCode); // the reset lifted the lock-out
        Assert.Contains(AuditActions.PasswordReset, (await AuditOfAsync(factory, AuditKinds.Account)).Select(a => a.Action));
    }

    [Fact]
    public async Task A_viewer_is_refused_the_admin_pages_and_a_password_change_is_audited_as_the_signed_in_user()
    {
        await using var factory = Create();
        using var client = Client(factory);
        var accounts = await WithAdminAsync(factory);
        await accounts.CreateAsync("vera", Password, Roles.Viewer);
        await AccountForms.SignInAsync(client, "vera", Password);

        var datasets = await client.GetAsync(new Uri("/datasets", UriKind.Relative));
        var users = await client.GetAsync(new Uri("/users", UriKind.Relative));
        var compare = await client.GetAsync(new Uri("/about", UriKind.Relative));
        var changed = await AccountForms.PostAsync(client, "/account/password", "password",
            ("Input.Current", Password), ("Input.New", "a new long password"), ("Input.Confirm", "a new long password"));

        Assert.Equal(HttpStatusCode.Redirect, datasets.StatusCode);
        Assert.StartsWith("http://localhost/account/denied", datasets.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/denied", users.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Equal("Your password is changed.", await AccountForms.MessageAsync(changed));
        var entry = (await AuditOfAsync(factory, AuditKinds.Account)).First(e => e.Action == AuditActions.PasswordChanged);
        Assert.Equal(("vera", "vera"), (entry.Actor, entry.Subject));
    }

    [Fact]
    public async Task The_last_active_admin_cannot_be_demoted_or_deactivated()
    {
        await using var factory = Create();
        using var client = Client(factory);
        var accounts = await WithAdminAsync(factory);
        var admin = Assert.Single(await accounts.ListAsync());

        var demote = await Assert.ThrowsAsync<AccountChangeException>(() => accounts.SetRoleAsync(admin.Id, Roles.Editor));
        var deactivate = await Assert.ThrowsAsync<AccountChangeException>(() => accounts.SetActiveAsync(admin.Id, active: false));

        Assert.Contains("last active admin", demote.Message, StringComparison.Ordinal);
        Assert.Contains("last active admin", deactivate.Message, StringComparison.Ordinal);
        Assert.Equal(Roles.Admin, Assert.Single(await accounts.ListAsync()).Role);
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public void Single_user_mode_is_refused_in_Production(string environment, bool refused)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Accounts:SingleUser"] = "true" }).Build();
        using var services = new ServiceCollection()
            .AddAccounts(settings, new HostingEnvironment { EnvironmentName = environment })
            .BuildServiceProvider();

        var failure = Record.Exception(() => services.GetRequiredService<IOptions<AccountOptions>>().Value);

        if (refused) Assert.Contains("Accounts:SingleUser is for development", Assert.IsType<OptionsValidationException>(failure).Message, StringComparison.Ordinal);
        else Assert.Null(failure);
    }

    /// <summary>Creates the first admin the way the setup page does and returns the directory for more accounts.</summary>
    internal static async Task<AccountDirectory> WithAdminAsync(WebApplicationFactory<Program> factory)
    {
        await TestApp.WaitForSeedingAsync(factory);
        await factory.Services.GetRequiredService<SetupState>().CreateFirstAdminAsync("admin", Password);
        return factory.Services.GetRequiredService<AccountDirectory>();
    }

    internal static async Task<IReadOnlyList<AuditRecord>> AuditOfAsync(WebApplicationFactory<Program> factory, string kind) =>
        await factory.Services.GetRequiredService<AuditStore>().ListAsync(new AuditQuery(Kind: kind));

    internal WebApplicationFactory<Program> Create(params (string Key, string Value)[] settings) =>
        TestApp.CreateWithAccounts(_database, [
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")),
            .. settings]);

    internal static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static HttpRequestMessage Remote(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(ApiAccessTests.RemoteAddressFilter.Header, "192.0.2.10");
        return request;
    }

    public void Dispose() => _database.Dispose();
}
