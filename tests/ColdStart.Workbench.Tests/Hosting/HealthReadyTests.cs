using System.Net;
using System.Text.Json;
using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Tests.Api;

namespace ColdStart.Workbench.Tests.Hosting;

/// <summary>/healthz over the app with its live model built.</summary>
public sealed class HealthReadyTests(ScoringApiFixture fixture) : IClassFixture<ScoringApiFixture>
{
    [Fact]
    public async Task Healthz_answers_200_healthy_when_the_database_answers_and_the_model_is_ready()
    {
        var response = await fixture.Client.GetAsync(new Uri(WorkbenchHealth.Path, UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var model = body.RootElement.GetProperty("checks").GetProperty("model");
        Assert.Equal("Ready", model.GetProperty("data").GetProperty("state").GetString());
        Assert.Equal(fixture.Live.Workspace, model.GetProperty("data").GetProperty("workspace").GetString());
    }
}
