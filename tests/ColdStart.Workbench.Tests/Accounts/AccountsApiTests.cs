using System.Net;
using System.Net.Http.Json;
using ColdStart.Data.Accounts;
using ColdStart.Data.Auditing;
using ColdStart.Data.Storage;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Tests.Api;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Accounts;

/// <summary>API keys belong to accounts and carry their role: a viewer's key reads but cannot record events (403).</summary>
public sealed class AccountsApiTests : IDisposable
{
    private static readonly Uri Workspaces = new("/api/v1/workspaces", UriKind.Relative);
    private static readonly Uri Events = new("/api/v1/events", UriKind.Relative);
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_viewers_key_reads_but_gets_403_for_an_editor_action_that_an_editors_key_may_do()
    {
        var (factory, client, accounts) = await StartAsync();
        await using var _ = factory;
        using var __ = client;
        var keys = factory.Services.GetRequiredService<ApiKeyStore>();
        var viewer = await accounts.CreateAsync("vera", "long enough password", Roles.Viewer);
        var editor = await accounts.CreateAsync("ed", "long enough password", Roles.Editor);
        var viewerKey = (await keys.CreateAsync(viewer.Id, "dashboard")).Secret;
        var editorKey = (await keys.CreateAsync(editor.Id, "shop feed")).Secret;
        var item = (await factory.Services.GetRequiredService<WorldStore>().LoadDatasetAsync("sample")).Items[0].Id;
        var body = new { visitorId = "api-visitor-1", events = new object[] { new { type = "click", itemId = item } } };

        var read = await SendAsync(client, HttpMethod.Get, Workspaces, viewerKey);
        var refused = await SendAsync(client, HttpMethod.Post, Events, viewerKey, body);
        var allowed = await SendAsync(client, HttpMethod.Post, Events, editorKey, body);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var problem = await ApiJson.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal("This needs the editor role", problem.GetProperty("title").GetString());
        Assert.Contains("(vera) is a viewer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await ApiJson.ReadAsync(allowed, HttpStatusCode.OK)).GetProperty("recorded").GetInt32());
    }

    [Fact]
    public async Task Without_a_working_key_the_API_answers_401_and_key_changes_are_audited()
    {
        var (factory, client, accounts) = await StartAsync();
        await using var _ = factory;
        using var __ = client;
        var keys = factory.Services.GetRequiredService<ApiKeyStore>();
        var ed = await accounts.CreateAsync("ed", "long enough password", Roles.Editor);
        var revoked = await keys.CreateAsync(ed.Id, "old");
        var working = await keys.CreateAsync(ed.Id, "current");
        using (AmbientActorSource.Use("admin")) await keys.RevokeAsync(revoked.Key.Id);

        var missing = await client.GetAsync(Workspaces);
        var unknown = await SendAsync(client, HttpMethod.Get, Workspaces, ApiKeyStore.KeyStart + "not-a-key");
        var wasRevoked = await SendAsync(client, HttpMethod.Get, Workspaces, revoked.Secret);
        var works = await SendAsync(client, HttpMethod.Get, Workspaces, working.Secret);
        await accounts.SetActiveAsync(ed.Id, active: false);
        var deactivated = await SendAsync(client, HttpMethod.Get, Workspaces, working.Secret);

        Assert.Equal("API key required", (await ApiJson.ProblemAsync(missing, HttpStatusCode.Unauthorized)).GetProperty("title").GetString());
        Assert.Equal("Unknown API key", (await ApiJson.ProblemAsync(unknown, HttpStatusCode.Unauthorized)).GetProperty("title").GetString());
        await ApiJson.ProblemAsync(wasRevoked, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        await ApiJson.ProblemAsync(deactivated, HttpStatusCode.Unauthorized);
        Assert.StartsWith(ApiKeyStore.KeyStart, working.Secret, StringComparison.Ordinal);
        Assert.True(working.Secret.Length > 40);
        var audit = await AccountsAppTests.AuditOfAsync(factory, AuditKinds.ApiKey);
        Assert.Equal([AuditActions.Revoked, AuditActions.Created, AuditActions.Created], audit.Select(a => a.Action));
        Assert.Equal("admin", audit[0].Actor);
        Assert.Equal($"ed: old ({revoked.Key.Prefix}…)", audit[0].Subject);
        Assert.All(audit, a => Assert.DoesNotContain(working.Secret, (a.Before ?? "") + a.After, StringComparison.Ordinal));
        var deactivation = (await AccountsAppTests.AuditOfAsync(factory, AuditKinds.Account))[0];
        Assert.Equal(AuditActions.Updated, deactivation.Action);
        Assert.Contains("\"active\":false", deactivation.After, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_key_works_on_its_accounts_chosen_workspace_and_one_without_a_choice_on_the_default()
    {
        var (factory, client, accounts) = await StartAsync();
        await using var _ = factory;
        using var __ = client;
        await factory.Services.GetRequiredService<WorldStore>().SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        var keys = factory.Services.GetRequiredService<ApiKeyStore>();
        var ann = await accounts.CreateAsync("ann", "long enough password", Roles.Viewer);
        var bob = await accounts.CreateAsync("bob", "long enough password", Roles.Viewer);
        await factory.Services.GetRequiredService<WorkspaceChoiceStore>().SetAsync(ann.Id, "shop");

        var annSees = await ActiveAsync(client, (await keys.CreateAsync(ann.Id, "feed")).Secret);
        var bobSees = await ActiveAsync(client, (await keys.CreateAsync(bob.Id, "feed")).Secret);

        Assert.Equal(("shop", "sample"), (annSees, bobSees));
    }

    private static async Task<string?> ActiveAsync(HttpClient client, string key)
    {
        var list = await ApiJson.ReadAsync(await SendAsync(client, HttpMethod.Get, Workspaces, key), HttpStatusCode.OK);
        return list.EnumerateArray().Single(w => w.GetProperty("active").GetBoolean()).GetProperty("name").GetString();
    }

    private async Task<(WebApplicationFactory<Program>, HttpClient, Workbench.Accounts.AccountDirectory)> StartAsync()
    {
        var factory = TestApp.CreateWithAccounts(_database,
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")));
        var client = factory.CreateClient();
        var accounts = await AccountsAppTests.WithAdminAsync(factory);
        return (factory, client, accounts);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, Uri uri, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Add(ApiOptions.KeyHeader, key);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await client.SendAsync(request);
    }

    public void Dispose() => _database.Dispose();
}
