using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Modeling;

public sealed class ModelHostTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public void Before_a_snapshot_is_built_an_item_update_is_refused_and_nothing_is_raised()
    {
        using var host = new ModelHost(new SeedingStatus(), _database.Store, Microsoft.Extensions.Options.Options.Create(new ModelOptions()),
            new HostingEnvironment { ContentRootPath = _database.Folder }, NullLogger<ModelHost>.Instance);
        var model = host.Acquire(WorkspaceKinds.DefaultWorkspace); // waits for the sample data, which never comes here
        int raised = 0;
        model.Changed += () => raised++;

        bool applied = model.TryUpdateItem(TinyWorld.Create().Items[0]);

        Assert.False(applied);
        Assert.Null(model.Current);
        Assert.Equal(0, raised);
        Assert.Equal(ModelState.Waiting, model.Status.State);
    }

    [Fact]
    public void The_app_resolves_one_registry_of_live_models_the_model_host()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new SeedingStatus());
        services.AddSingleton(_database.Store);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ModelOptions()));
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new HostingEnvironment { ContentRootPath = _database.Folder });
        services.AddLogging();
        services.AddModelHost();
        using var provider = services.BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<ModelHost>(), provider.GetRequiredService<ILiveModels>());
        Assert.Same(provider.GetRequiredService<ModelHost>(), provider.GetRequiredService<ITunableModel>());
    }

    public void Dispose() => _database.Dispose();
}
