using ColdStart.Data.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Suites;

public static class SuitesServiceCollectionExtensions
{
    /// <summary>
    /// Registers persona test suites: <see cref="SuiteStore"/>, <see cref="SuiteRuns"/> (over the live model, personas and
    /// strategies) and the <see cref="SuiteWatcher"/> that re-runs them after every change.
    /// </summary>
    public static IServiceCollection AddSuites(this IServiceCollection services)
    {
        services.TryAddSingleton<SuiteStore>();
        services.TryAddSingleton<StrategyStore>();
        services.AddPersonas();
        services.TryAddSingleton<SuiteRuns>();
        services.AddHostedService<SuiteWatcher>();
        return services;
    }
}
