using System.Net;
using System.Text.Json;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ColdStart.Workbench.Tests.Hosting;

/// <summary>What a team server relies on: the health endpoint, no stack traces in Production, the published-assets check, host filtering.</summary>
public sealed class ProductionHostingTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void The_model_state_maps_to_health_ready_healthy_building_degraded_failed_unhealthy()
    {
        Assert.Equal(HealthStatus.Healthy, WorkbenchHealth.Of(new ModelStatus(ModelState.Ready, "ready"), "sample").Status);
        Assert.Equal(HealthStatus.Degraded, WorkbenchHealth.Of(new ModelStatus(ModelState.Working, "training"), "sample").Status);
        Assert.Equal(HealthStatus.Degraded, WorkbenchHealth.Of(new ModelStatus(ModelState.Waiting, "waiting"), "sample").Status);
        var failed = WorkbenchHealth.Of(new ModelStatus(ModelState.Failed, "no encoder"), "sample");
        Assert.Equal((HealthStatus.Unhealthy, "no encoder", "sample"), (failed.Status, failed.Description, failed.Data["workspace"]));
    }

    [Fact]
    public async Task Healthz_answers_anyone_before_setup_with_503_json_when_the_model_failed()
    {
        await using var factory = Create("Development").WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ApiAccessTests.RemoteAddressFilter>()));
        using var client = AccountsAppTestsClient(factory);
        await WaitForModelAsync(factory, ModelState.Failed);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(WorkbenchHealth.Path, UriKind.Relative));
        request.Headers.Add(ApiAccessTests.RemoteAddressFilter.Header, "192.0.2.10");

        var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var checks = body.RootElement.GetProperty("checks");
        Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Unhealthy", checks.GetProperty("model").GetProperty("status").GetString());
        Assert.Equal("sample", checks.GetProperty("model").GetProperty("data").GetProperty("workspace").GetString());
    }

    [Theory]
    [InlineData("Production", false, true)]
    [InlineData("Production", false, false)]
    [InlineData("Development", true, true)]
    public async Task Only_Development_shows_the_stack_trace_of_a_failing_request(string environment, bool detailed, bool withAdmin)
    {
        await using var factory = Create(environment).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, ThrowingFilter>()));
        using var client = AccountsAppTestsClient(factory);
        if (withAdmin) await Accounts.AccountsAppTests.WithAdminAsync(factory);
        else await TestApp.WaitForSeedingAsync(factory);

        var response = await client.GetAsync(new Uri(ThrowingFilter.Path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(detailed, text.Contains(ThrowingFilter.Secret, StringComparison.Ordinal));
        Assert.Equal(detailed, text.Contains(nameof(ThrowingFilter), StringComparison.Ordinal));
        if (!detailed) Assert.Contains("An error occurred while processing your request.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assets_check_names_each_missing_file_and_says_to_publish()
    {
        var root = Path.Combine(_database.Folder, "wwwroot");
        Directory.CreateDirectory(Path.Combine(root, "_framework"));
        File.WriteAllText(Path.Combine(root, "_framework", "blazor.web.js"), "//");
        using var provider = new PhysicalFileProvider(root);

        var missing = PublishedAssets.Missing(provider);
        var message = PublishedAssets.Message(missing, "Production");

        Assert.Equal(["_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js"], missing);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css, _content/MudBlazor/MudBlazor.min.js not found", message, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/ColdStart.Workbench -c Release -o out", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_allowed_hosts_refuse_other_host_names()
    {
        await using var factory = Create("Production");
        using var client = AccountsAppTestsClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(WorkbenchHealth.Path, UriKind.Relative));
        request.Headers.Host = "workbench.example.com";

        var refused = await client.SendAsync(request);
        var local = await client.GetAsync(new Uri(WorkbenchHealth.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, local.StatusCode);
    }

    private WebApplicationFactory<Program> Create(string environment) =>
        TestApp.CreateWithAccounts(_database,
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")))
        .WithWebHostBuilder(b => b.UseEnvironment(environment));

    private static HttpClient AccountsAppTestsClient(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task WaitForModelAsync(WebApplicationFactory<Program> factory, ModelState state)
    {
        var models = factory.Services.GetRequiredService<ILiveModels>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (models.Find(models.DefaultWorkspace)?.Status.State != state && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(state, models.Find(models.DefaultWorkspace)?.Status.State);
    }

    public void Dispose() => _database.Dispose();

    /// <summary>A request to <see cref="Path"/> throws inside the app's pipeline (after every endpoint declined it).</summary>
    private sealed class ThrowingFilter : IStartupFilter
    {
        public const string Path = "/throws.txt";
        public const string Secret = "secret detail of the failure";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, following) => context.Request.Path == Path ? throw new InvalidOperationException(Secret) : following(context));
        };
    }
}
