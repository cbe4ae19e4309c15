using ColdStart.Data;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Datasets;
using ColdStart.Workbench.Modeling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ColdStart.Workbench.Tests.Datasets;

/// <summary>
/// A temporary database holding the sample workspace ("sample", <see cref="TinyWorld"/>) and the datasets services the
/// app registers, over a live model the test chooses; uploads go to a folder the test can inspect.
/// </summary>
internal sealed class DatasetsFixture : IDisposable
{
    public DatasetsFixture(int maxFileMegabytes = 200)
    {
        UploadRoot = Path.Combine(Database.Folder, "uploads");
        Workspaces = new WorkspaceStore(Contexts);
        Choice = new ActiveWorkspaceFile(Database.Services.GetRequiredService<DatabaseLocation>(),
            Microsoft.Extensions.Options.Options.Create(new DataOptions()), Contexts);
        Upload = new UploadOptions { MaxFileMegabytes = maxFileMegabytes, TempFolder = UploadRoot };
        Imports = new WorkspaceImports(Database.Store, Workspaces, Microsoft.Extensions.Options.Options.Create(Upload), NullLogger<WorkspaceImports>.Instance);
    }

    public TempDatabase Database { get; } = new();

    public IDbContextFactory<WorkbenchDbContext> Contexts => Database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();

    public WorldStore Store => Database.Store;

    public WorkspaceStore Workspaces { get; }

    public ActiveWorkspaceFile Choice { get; }

    public UploadOptions Upload { get; }

    public WorkspaceImports Imports { get; }

    /// <summary>Where uploads are streamed to; every import must leave it empty.</summary>
    public string UploadRoot { get; }

    /// <summary>Migrates the file and stores the sample workspace.</summary>
    public async Task PrepareAsync()
    {
        await Database.PrepareAsync();
        await Store.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Sample, TinyWorld.Create(WorkspaceKinds.DefaultWorkspace));
    }

    /// <summary>The app's content root in these tests (where models/pretrained/ would be): the database's folder.</summary>
    public string ContentRoot => Database.Folder;

    public ActiveWorkspace ActiveOver(ILiveModels models) =>
        new(models, Choice, Workspaces, NullLogger<ActiveWorkspace>.Instance, environment: new HostingEnvironment { ContentRootPath = ContentRoot });

    /// <summary>Registers what the datasets page and the workspace menu inject.</summary>
    public void Register(IServiceCollection services, ILiveModels models)
    {
        services.AddSingleton(Workspaces);
        services.AddSingleton(Choice);
        services.AddSingleton(models);
        var active = ActiveOver(models);
        services.AddSingleton(active);
        services.AddSingleton<ILiveModel>(active);
        services.AddSingleton(Imports);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Upload));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ColdStart.Workbench.Options.ModelOptions()));
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    /// <summary>Files and folders left under <see cref="UploadRoot"/>.</summary>
    public string[] LeftoverUploads() =>
        Directory.Exists(UploadRoot) ? Directory.GetFileSystemEntries(UploadRoot, "*", SearchOption.AllDirectories) : [];

    public void Dispose() => Database.Dispose();
}
