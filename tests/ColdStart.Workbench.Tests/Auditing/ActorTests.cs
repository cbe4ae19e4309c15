using System.Net;
using System.Security.Claims;
using ColdStart.Data.Auditing;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Auditing;
using ColdStart.Workbench.Cli;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Auditing;

public sealed class ActorTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Theory]
    [InlineData("127.0.0.1", Actors.LocalUser)]
    [InlineData("::1", Actors.LocalUser)]
    [InlineData("10.1.2.3", "10.1.2.3")]
    public async Task A_circuit_activity_runs_as_the_circuit_actor(string address, string expected)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        var handler = new ActorCircuitHandler(new HttpContextAccessor { HttpContext = context });
        var source = new AmbientActorSource("server");
        string? seen = null;

        var wrapped = handler.CreateInboundActivityHandler(_ =>
        {
            seen = source.Current;
            return Task.CompletedTask;
        });
        await wrapped(null!);

        Assert.Equal(expected, seen);
        Assert.Equal("server", source.Current);
    }

    [Fact]
    public async Task A_signed_in_circuit_runs_as_its_account_whatever_its_address()
    {
        var context = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "vera")], "Identity.Application")),
        };
        context.Connection.RemoteIpAddress = IPAddress.Parse("10.1.2.3");
        var handler = new ActorCircuitHandler(new HttpContextAccessor { HttpContext = context });
        var source = new AmbientActorSource("server");
        string? seen = null;

        await handler.CreateInboundActivityHandler(_ =>
        {
            seen = source.Current;
            return Task.CompletedTask;
        })(null!);

        Assert.Equal("vera", seen);
    }

    [Fact]
    public void An_api_caller_is_named_by_a_digest_of_its_key_or_its_address()
    {
        var keyed = new DefaultHttpContext();
        keyed.Request.Headers[ApiOptions.KeyHeader] = "secret";
        var anonymous = new DefaultHttpContext();
        anonymous.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.9");

        Assert.Equal("API key 2bb80d53", Actors.ForApi(keyed)); // SHA-256("secret") starts 2bb80d53…
        Assert.Equal("API from 10.0.0.9", Actors.ForApi(anonymous));
    }

    [Fact]
    public void The_command_line_is_audited_as_its_os_user()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:DatabasePath"] = _database.Path }).Build();
        using var services = CliServices.Create(configuration);

        Assert.Equal($"command line ({Environment.UserName})", services.GetRequiredService<IActorSource>().Current);
    }

    [Fact]
    public async Task The_app_serves_the_audit_page_with_the_seeded_workspace_recorded()
    {
        await using var factory = TestApp.Create(_database);
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);

        var page = await client.GetStringAsync(new Uri("/audit", UriKind.Relative));

        Assert.Contains("Audit trail", page, StringComparison.Ordinal);
        Assert.Contains("server · workspace &#x27;sample&#x27; created", page, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
