using System.Net;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class WorkbenchAppTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_app_seeds_a_small_world_and_serves_its_statistics_and_package_assets()
    {
        await using var factory = Factory(TempDatabase.SmallWorld());
        using var client = factory.CreateClient();
        var status = factory.Services.GetRequiredService<SeedingStatus>();
        await WaitUntilSettledAsync(status);

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var css = await client.GetAsync(new Uri("/_content/MudBlazor/MudBlazor.min.css", UriKind.Relative));
        var appCss = await client.GetAsync(new Uri("/app.css", UriKind.Relative));

        Assert.Equal(SeedingState.Ready, status.Current.State);
        Assert.Contains("ColdStart Workbench", home);
        Assert.Contains("data-testid=\"stat-items\"", home);
        Assert.Contains(">300<", home);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, appCss.StatusCode);
    }

    [Fact]
    public async Task A_corrupt_database_ends_the_start_with_exit_code_3_and_a_line_naming_the_path()
    {
        await File.WriteAllTextAsync(_database.Path, "not a database");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = _database.Folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(TempDatabase.SmallWorld()) { ["Data:DatabasePath"] = _database.Path });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddColdStartData(builder.Configuration);
        builder.Services.AddSampleDataSeeding(builder.Configuration);
        await using var app = builder.Build();
        using var error = new StringWriter();

        var code = await WorkbenchHost.RunAsync(app, error);

        Assert.Equal(WorkbenchHost.StartupFailureExitCode, code);
        Assert.StartsWith($"ColdStart Workbench cannot start: The database '{_database.Path}' is not a SQLite database", error.ToString());
        Assert.Equal("not a database", await File.ReadAllTextAsync(_database.Path));
    }

    private WebApplicationFactory<Program> Factory(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:DatabasePath", _database.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting(TestApp.SingleUser.Key, TestApp.SingleUser.Value);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    private static async Task WaitUntilSettledAsync(SeedingStatus status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (status.Current.State == SeedingState.Preparing && DateTime.UtcNow < deadline) await Task.Delay(50);
    }

    public void Dispose() => _database.Dispose();
}
