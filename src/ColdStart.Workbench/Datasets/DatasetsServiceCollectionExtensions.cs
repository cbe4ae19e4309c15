using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Datasets;

public static class DatasetsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the datasets page's services: <see cref="UploadOptions"/> (section "Datasets", validated on start),
    /// <see cref="WorkspaceStore"/>, the saved choices (<see cref="ActiveWorkspaceFile"/>: the server-wide default, which
    /// the model host builds at start, and single-user mode's choice; <see cref="WorkspaceChoiceStore"/>: each account's),
    /// <see cref="ActiveWorkspace"/> per circuit or request over the model host, also as the <see cref="ILiveModel"/> pages
    /// and the API read, and <see cref="WorkspaceImports"/>. Call after <c>AddModelHost</c>.
    /// </summary>
    public static IServiceCollection AddDatasets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.SectionName))
            .Validate(o => o.MaxFileMegabytes is >= 1 and <= 102_400, "Datasets:MaxFileMegabytes must be between 1 and 102400.")
            .ValidateOnStart();
        services.AddSingleton<WorkspaceStore>();
        services.AddSingleton<ActiveWorkspaceFile>();
        services.TryAddSingleton<WorkspaceChoiceStore>();
        services.AddHttpContextAccessor();
        services.AddScoped<ActiveWorkspace>();
        services.AddScoped<ILiveModel>(sp => sp.GetRequiredService<ActiveWorkspace>());
        services.AddSingleton<WorkspaceImports>();
        return services;
    }
}
