using System.Net;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

/// <summary>Loopback in single-user mode, rate limit and the model-not-ready answer; the model is never built here (absent encoder). Keys: AccountsApiTests.</summary>
public sealed class ApiAccessTests : IDisposable
{
    private static readonly Uri Workspaces = new("/api/v1/workspaces", UriKind.Relative);
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task In_single_user_mode_only_loopback_is_answered()
    {
        await using var factory = Create().WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, RemoteAddressFilter>()));
        using var client = factory.CreateClient();

        var local = await client.GetAsync(Workspaces);
        using var remote = new HttpRequestMessage(HttpMethod.Get, Workspaces);
        remote.Headers.Add(RemoteAddressFilter.Header, "192.0.2.10");
        var refused = await client.SendAsync(remote);

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        var problem = await ApiJson.ProblemAsync(refused, HttpStatusCode.Forbidden);
        Assert.Contains("192.0.2.10 is not loopback", problem.GetProperty("detail").GetString());
        Assert.Contains("Accounts:SingleUser", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Past_the_configured_limit_the_API_answers_429_with_Retry_After()
    {
        await using var factory = Create(("Api:PermitLimit", "3"), ("Api:WindowSeconds", "3600"));
        using var client = factory.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (int i = 0; i < 4; i++) answers.Add(await client.GetAsync(Workspaces));
        var page = await client.GetAsync(new Uri("/about", UriKind.Relative));

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var problem = await ApiJson.ProblemAsync(answers[3], (HttpStatusCode)429);
        Assert.Contains("At most 3 requests per 3600 s", problem.GetProperty("detail").GetString());
        Assert.True(answers[3].Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Before_the_model_is_ready_recommendations_answer_503_with_Retry_After()
    {
        await using var factory = Create();
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);

        var response = await ApiJson.PostAsync(client, new { persona = "anyone" });

        var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The model is not ready", problem.GetProperty("title").GetString());
        Assert.Equal(TimeSpan.FromSeconds(ScoringEndpoints.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public void The_defaults_are_those_of_appsettings_json()
    {
        var settings = new ConfigurationBuilder().AddJsonFile(Path.Combine(ColdStart.Workbench.Hosting.RepositoryRoot.Find(), "appsettings.json")).Build();
        var bound = settings.GetSection(ApiOptions.SectionName).Get<ApiOptions>()!;
        var defaults = new ApiOptions();

        Assert.Equal((300, 1, 100), (defaults.PermitLimit, defaults.WindowSeconds, defaults.MaxPageSize));
        Assert.Equal((defaults.PermitLimit, defaults.WindowSeconds, defaults.MaxPageSize), (bound.PermitLimit, bound.WindowSeconds, bound.MaxPageSize));
    }

    private WebApplicationFactory<Program> Create(params (string Key, string Value)[] settings) =>
        TestApp.Create(_database, [
            // An encoder that does not exist: the model fails fast instead of training here.
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")),
            .. settings]);

    public void Dispose() => _database.Dispose();

    /// <summary>Makes a request look as if it came from the address in <see cref="Header"/> (the test server has no sockets).</summary>
    internal sealed class RemoteAddressFilter : IStartupFilter
    {
        public const string Header = "X-Test-Remote-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address)) context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address.ToString());
                await following(context);
            });
            next(app);
        };
    }
}
