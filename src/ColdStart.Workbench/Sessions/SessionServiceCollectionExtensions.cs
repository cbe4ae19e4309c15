using ColdStart.Data.Stores;
using ColdStart.Workbench.Api;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Sessions;

public static class SessionServiceCollectionExtensions
{
    /// <summary>Registers what the Session page needs besides the live model: personas, strategies, the live exploration posteriors and the online event log.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<ImpressionStore>();
        services.TryAddSingleton<LiveExploration>();
        services.TryAddSingleton<EventStore>();
        services.TryAddSingleton<LiveEvents>();
        services.AddPersonas();
        return services;
    }
}
