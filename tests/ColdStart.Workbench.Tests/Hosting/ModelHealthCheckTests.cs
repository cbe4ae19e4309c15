using ColdStart.Workbench.Hosting;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class ModelHealthCheckTests
{
    [Fact]
    public async Task A_default_workspace_whose_model_is_not_loaded_is_degraded_and_waiting_not_ready()
    {
        var check = new WorkbenchHealth.ModelHealthCheck(new NothingLoaded());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        // Monitors and load benchmarks wait for "Ready": before the sample data is seeded nothing serves the default.
        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Equal(nameof(ModelState.Waiting), result.Data["state"]);
        Assert.Equal("sample", result.Data["workspace"]);
        Assert.Contains("not loaded yet", result.Description, StringComparison.Ordinal);
    }

    /// <summary>A registry with no model loaded (the state at start, while the sample data is seeded).</summary>
    private sealed class NothingLoaded : ILiveModels
    {
        public string DefaultWorkspace => "sample";

        public IReadOnlyList<ILiveModel> Loaded => [];

        public event Action<ILiveModel>? ModelChanged
        {
            add { }
            remove { }
        }

        public ILiveModel Acquire(string workspace) => throw new NotSupportedException();

        public void Release(ILiveModel model)
        {
        }

        public ILiveModel? Find(string workspace) => null;

        public void Unload(string workspace, string message)
        {
        }
    }
}
