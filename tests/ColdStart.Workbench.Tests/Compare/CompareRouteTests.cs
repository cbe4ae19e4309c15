using System.Net;
using ColdStart.Data.Seeding;
using ColdStart.Workbench.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class CompareRouteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_app_serves_the_compare_page_with_its_services_resolved()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Data:DatabasePath", _database.Path);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // An encoder that is not the project's and does not exist: the model fails fast instead of training here.
            builder.UseSetting("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx"));
            builder.UseSetting("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt"));
            foreach (var (key, value) in TempDatabase.SmallWorld()) builder.UseSetting(key, value);
        });
        using var client = factory.CreateClient();
        var seeding = factory.Services.GetRequiredService<SeedingStatus>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (seeding.Current.State == SeedingState.Preparing && DateTime.UtcNow < deadline) await Task.Delay(50);

        var response = await client.GetAsync(new Uri("/compare", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">Compare</h4>", html);
        Assert.True(html.Contains("data-testid=\"model-preparing\"") || html.Contains("data-testid=\"model-failed\""), html);
    }

    public void Dispose() => _database.Dispose();
}
