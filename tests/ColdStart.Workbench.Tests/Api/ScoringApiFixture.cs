using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Api;

/// <summary>The real app over a small sample world with its live model built (committed encoder), shared by a test class.</summary>
public sealed class ScoringApiFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _database = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    public ILiveModel Live => Factory.Services.GetRequiredService<ILiveModel>();

    public async Task InitializeAsync()
    {
        Factory = TestApp.Create(_database, ("Models:ExecutionProvider", "cpu"));
        Client = Factory.CreateClient();
        await TestApp.WaitForSeedingAsync(Factory);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Live.Current is null || Live.Status.IsBusy)
        {
            if (Live.Status.State == ModelState.Failed) throw new InvalidOperationException($"The model failed to build: {Live.Status.Message}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The model was not ready after 3 minutes: {Live.Status.Message}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>Runs after <see cref="DisposeAsync"/> (xUnit disposes a fixture both ways).</summary>
    public void Dispose() => _database.Dispose();
}
