using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Datasets;

public static class DatasetsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the datasets page's services: <see cref="UploadOptions"/> (section "Datasets", validated on start),
    /// <see cref="WorkspaceStore"/>, the saved choice (<see cref="ActiveWorkspaceFile"/>, which the model host reads at
    /// start), <see cref="ActiveWorkspace"/> over the model host, and <see cref="WorkspaceImports"/>. Call after <c>AddModelHost</c>.
    /// </summary>
    public static IServiceCollection AddDatasets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadOptions>()
            .Bind(configuration.GetSection(UploadOptions.SectionName))
            .Validate(o => o.MaxFileMegabytes is >= 1 and <= 102_400, "Datasets:MaxFileMegabytes must be between 1 and 102400.")
            .ValidateOnStart();
        services.AddSingleton<WorkspaceStore>();
        services.AddSingleton<ActiveWorkspaceFile>();
        services.AddSingleton<ActiveWorkspace>();
        services.AddSingleton<WorkspaceImports>();
        return services;
    }
}
