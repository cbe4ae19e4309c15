using System.Net;
using ColdStart.Tests.Shared;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class CompareRouteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task The_app_serves_the_compare_page_with_its_services_resolved()
    {
        // An encoder that is not the project's and does not exist: the model fails fast instead of training here.
        await using var factory = TestApp.Create(_database,
            ("Models:EncoderModel", Path.Combine(_database.Folder, "absent.onnx")),
            ("Models:EncoderVocab", Path.Combine(_database.Folder, "absent-vocab.txt")));
        using var client = factory.CreateClient();
        await TestApp.WaitForSeedingAsync(factory);

        var response = await client.GetAsync(new Uri("/compare", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">Compare</h4>", html);
        Assert.True(html.Contains("data-testid=\"model-preparing\"") || html.Contains("data-testid=\"model-failed\""), html);
    }

    public void Dispose() => _database.Dispose();
}
