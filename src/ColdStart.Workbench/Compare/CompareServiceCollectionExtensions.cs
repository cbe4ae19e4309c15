using ColdStart.Data.Stores;
using ColdStart.Workbench.Personas;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Compare;

public static class CompareServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the Compare page needs besides the live model (<c>AddModelHost</c>): <see cref="StrategyStore"/>, <see cref="BoardStore"/> (saved boards)
    /// and <see cref="PersonaSource"/>, and the per-user (per-circuit) <see cref="CompareDrafts"/>.
    /// </summary>
    public static IServiceCollection AddCompare(this IServiceCollection services)
    {
        services.TryAddSingleton<StrategyStore>();
        services.TryAddScoped<CompareDrafts>();
        services.TryAddSingleton<BoardStore>();
        services.AddPersonas();
        return services;
    }
}
