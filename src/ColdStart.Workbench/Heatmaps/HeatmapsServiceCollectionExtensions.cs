namespace ColdStart.Workbench.Heatmaps;

public static class HeatmapsServiceCollectionExtensions
{
    /// <summary>Registers what the heatmaps page reads besides the model host: the workspace's personas.</summary>
    public static IServiceCollection AddHeatmaps(this IServiceCollection services)
    {
        services.AddSingleton<HeatmapPersonas>();
        return services;
    }
}
