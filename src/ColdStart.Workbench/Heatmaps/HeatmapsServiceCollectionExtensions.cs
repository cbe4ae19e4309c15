using ColdStart.Data.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Heatmaps;

public static class HeatmapsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the heatmaps page reads besides the model host: the workspace's personas (through
    /// <see cref="Personas.PersonaSource"/>) and the stored strategies (<see cref="StrategyStore"/>).
    /// </summary>
    public static IServiceCollection AddHeatmaps(this IServiceCollection services)
    {
        services.TryAddSingleton<StrategyStore>();
        services.AddPersonas();
        return services;
    }
}
