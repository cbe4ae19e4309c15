using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Compare;

public static class CompareServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the Compare page needs: <see cref="StrategyStore"/>, <see cref="PersonaSource"/>, and
    /// <see cref="ILiveModel"/> as the <see cref="ModelHost"/> singleton (call after <c>AddModelHost</c>).
    /// </summary>
    public static IServiceCollection AddCompare(this IServiceCollection services)
    {
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<PersonaSource>();
        services.TryAddSingleton<ILiveModel>(sp => sp.GetRequiredService<ModelHost>());
        return services;
    }
}
