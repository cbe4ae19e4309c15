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

    /// <summary>The live models of the app (the registry).</summary>
    public ILiveModels Models => Factory.Services.GetRequiredService<ILiveModels>();

    /// <summary>The model of the default workspace, the one an API key without a chosen workspace works on.</summary>
    public ILiveModel Live => Models.Find(Models.DefaultWorkspace) ?? throw new InvalidOperationException("The default workspace's model is not loaded.");

    public async Task InitializeAsync()
    {
        Factory = TestApp.Create(_database, ("Models:ExecutionProvider", "cpu"));
        Client = Factory.CreateClient();
        await TestApp.WaitForSeedingAsync(Factory);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (Models.Find(Models.DefaultWorkspace) is null || Live.Current is null || Live.Status.IsBusy)
        {
            if (Models.Find(Models.DefaultWorkspace) is null)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("The default workspace's model was not loaded after 3 minutes.");
                await Task.Delay(100);
                continue;
            }
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
