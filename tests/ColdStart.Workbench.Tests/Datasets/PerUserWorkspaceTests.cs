using System.Security.Claims;
using ColdStart.Data.Accounts;
using ColdStart.Workbench.Hosting;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>
/// Each account works on its own workspace over the shared live models (the real <see cref="ModelHost"/>, committed
/// encoder): a switch moves only its user, the choice survives a restart, idle workspaces beyond
/// <see cref="ModelOptions.MaxLoadedWorkspaces"/> are unloaded (their encoders disposed), and deleting a workspace
/// moves whoever had it to the default.
/// </summary>
public sealed class PerUserWorkspaceTests : IDisposable
{
    private readonly DatasetsFixture _fixture = new();
    private readonly List<ModelHost> _hosts = [];
    private readonly List<ActiveWorkspace> _users = [];

    [Fact]
    public async Task When_one_user_switches_another_keeps_the_old_workspace_and_sees_no_progress()
    {
        await PrepareAsync();
        var host = await StartHostAsync();
        var ann = User(host, "ann");
        var bob = User(host, "bob");
        var bobBefore = bob.Current;
        var bobSaw = new List<ModelState>();
        bob.Changed += () => bobSaw.Add(bob.Status.State);

        Assert.True(await ann.SwitchToAsync("shop"));

        Assert.Equal(("shop", 4), (ann.Workspace, ann.Current!.Dataset.Items.Count));
        Assert.Equal(("sample", 5), (bob.Workspace, bob.Current!.Dataset.Items.Count));
        Assert.Same(bobBefore, bob.Current);
        Assert.Null(bob.Pending);
        Assert.Empty(bobSaw); // nothing of ann's switch reached bob's pages
        Assert.Equal(ModelState.Ready, bob.Status.State);
        Assert.Equal(("shop", null), (await ChoiceAsync("ann"), await ChoiceAsync("bob")));
        Assert.False(File.Exists(_fixture.Choice.Path)); // the server-wide default is untouched
    }

    [Fact]
    public async Task Each_users_choice_survives_a_restart()
    {
        await PrepareAsync();
        var first = await StartHostAsync();
        Assert.True(await User(first, "ann").SwitchToAsync("shop"));
        await first.StopAsync(CancellationToken.None);

        // A restart: a new registry (and new circuits) over the same database.
        var second = await StartHostAsync();
        var ann = User(second, "ann");
        var bob = User(second, "bob");
        await ann.WhenSettledAsync();

        Assert.Equal(("shop", ModelState.Ready), (ann.Workspace, ann.Status.State));
        Assert.Equal(4, ann.Current!.Dataset.Items.Count);
        Assert.Equal("sample", bob.Workspace);
    }

    [Fact]
    public async Task Beyond_the_limit_the_least_recently_used_idle_workspace_is_unloaded_and_its_encoder_disposed()
    {
        await PrepareAsync();
        var host = await StartHostAsync(maxLoaded: 2);
        var ann = User(host, "ann"); // holds "sample", the least recently used from here on
        var sampleEncoder = ann.Current!.Encoder;
        var shop = await LiveModelHost.OpenAsync(host, "shop");
        var shopEncoder = shop.Current!.Encoder;
        Assert.NotSame(sampleEncoder, shopEncoder);
        host.Release(shop); // nobody holds "shop" now

        var shop2 = await LiveModelHost.OpenAsync(host, "shop-2");

        Assert.Equal(["sample", "shop-2"], host.Loaded.Select(m => m.Workspace).Order(StringComparer.Ordinal));
        Assert.Null(shop.Current);
        Assert.Throws<ObjectDisposedException>(() => shopEncoder.Encode([$"a text nobody cached {Guid.NewGuid()}"]));
        Assert.Equal(sampleEncoder.Dimension, sampleEncoder.Encode(["desk lamp"]).Length); // held: never unloaded
        Assert.Equal("sample", ann.Workspace);
        Assert.NotNull(ann.Current);

        // Every loaded workspace held: a third one is loaded beside them rather than pulling one from under its user.
        var shopAgain = await LiveModelHost.OpenAsync(host, "shop");
        Assert.Equal(3, host.Loaded.Count);
        Assert.Equal(4, shopAgain.Current!.Dataset.Items.Count);
        Assert.NotNull(shop2.Current);
    }

    [Fact]
    public async Task Deleting_a_workspace_another_user_chose_moves_them_to_the_default_and_forgets_the_choice()
    {
        await PrepareAsync();
        var host = await StartHostAsync();
        var admin = User(host, "ann");
        var bob = User(host, "bob");
        Assert.True(await bob.SwitchToAsync("shop"));
        var moved = new TaskCompletionSource();
        bob.Changed += () =>
        {
            if (bob.Workspace == "sample") moved.TrySetResult();
        };

        await admin.DeleteAsync("shop");

        await moved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("sample", bob.Workspace);
        Assert.NotNull(bob.Current);
        Assert.Equal("Workspace 'shop' was deleted by ann; you are back on 'sample'.", bob.Status.Message);
        Assert.Null(await ChoiceAsync("bob"));
        Assert.DoesNotContain(host.Loaded, m => m.Workspace == "shop");
        Assert.Equal("sample", User(host, "bob").Workspace); // a new circuit of bob's opens the default
        var own = await Assert.ThrowsAsync<InvalidOperationException>(() => admin.DeleteAsync("sample"));
        Assert.Contains("'sample' is active", own.Message, StringComparison.Ordinal);
    }

    private ActiveWorkspace User(ModelHost host, string name)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "id-" + name), new Claim(ClaimTypes.Name, name)], "Identity.Application"));
        var active = new ActiveWorkspace(host, _fixture.Choice, _fixture.Workspaces, NullLogger<ActiveWorkspace>.Instance,
            new WorkspaceChoiceStore(_fixture.Contexts), new SignedIn(user));
        _users.Add(active);
        _ = active.Workspace; // a circuit reads its model first thing
        return active;
    }

    private async Task<string?> ChoiceAsync(string name)
    {
        await using var db = await _fixture.Contexts.CreateDbContextAsync();
        return await db.Accounts.Where(a => a.Id == "id-" + name).Select(a => a.ActiveWorkspace).SingleAsync();
    }

    private async Task PrepareAsync()
    {
        await _fixture.PrepareAsync();
        await _fixture.Store.SaveWorldAsync("shop", "csv", ShopCsv.Read("shop"));
        await _fixture.Store.SaveWorldAsync("shop-2", "csv", ShopCsv.Read("shop-2"));
        await using var db = await _fixture.Contexts.CreateDbContextAsync();
        foreach (var name in (string[])["ann", "bob"])
            db.Accounts.Add(new Account { Id = "id-" + name, UserName = name, NormalizedUserName = name.ToUpperInvariant(), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }

    private async Task<ModelHost> StartHostAsync(int maxLoaded = 3)
    {
        var root = RepositoryRoot.Find();
        var options = Microsoft.Extensions.Options.Options.Create(new ModelOptions
        {
            EncoderModel = Path.Combine(root, "models", "encoder.onnx"),
            EncoderVocab = Path.Combine(root, "models", "encoder.vocab.txt"),
            ExecutionProvider = "cpu",
            MaxLoadedWorkspaces = maxLoaded,
        });
        var seeding = new ColdStart.Data.Seeding.SeedingStatus();
        seeding.MarkReady("ready");
        var host = new ModelHost(seeding, _fixture.Store, options, new HostingEnvironment { ContentRootPath = root }, NullLogger<ModelHost>.Instance,
            _fixture.Choice, workspaces: _fixture.Workspaces);
        _hosts.Add(host);
        await LiveModelHost.StartAsync(host);
        return host;
    }

    public void Dispose()
    {
        foreach (var user in _users) user.Dispose();
        foreach (var host in _hosts) host.Dispose();
        _fixture.Dispose();
    }

    /// <summary>The signed-in person of a circuit or request.</summary>
    private sealed class SignedIn(ClaimsPrincipal user) : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get; set; } = new DefaultHttpContext { User = user };
    }
}
