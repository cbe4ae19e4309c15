using ColdStart.Data.Stores;
using ColdStart.Workbench.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Sessions;

public static class SessionServiceCollectionExtensions
{
    /// <summary>Registers what the Session page needs besides the live model: personas, strategies and the live exploration posteriors.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<LiveExploration>();
        services.AddPersonas();
        return services;
    }
}
