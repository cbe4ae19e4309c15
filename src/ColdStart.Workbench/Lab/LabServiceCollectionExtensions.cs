using ColdStart.Data.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Lab;

public static class LabServiceCollectionExtensions
{
    /// <summary>
    /// Registers the strategy lab: <see cref="EvaluationRunStore"/>, <see cref="StrategyStore"/>, <see cref="LabStrategies"/>,
    /// the <see cref="EvaluationRunner"/> singleton that also runs as a hosted service (call after <c>AddColdStartData</c>),
    /// <see cref="AutoTuning"/>, <see cref="FreeTextBenchmark"/> (which need the live model of <c>AddModelHost</c>) and <see cref="LabSimulations"/>.
    /// </summary>
    public static IServiceCollection AddLab(this IServiceCollection services)
    {
        services.TryAddSingleton<EvaluationRunStore>();
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<LabStrategies>();
        services.TryAddSingleton<EvaluationRunner>();
        services.TryAddSingleton<AutoTuning>();
        services.TryAddSingleton<LabSimulations>();
        services.TryAddSingleton<FreeTextBenchmark>();
        services.AddHostedService(sp => sp.GetRequiredService<EvaluationRunner>());
        return services;
    }
}
