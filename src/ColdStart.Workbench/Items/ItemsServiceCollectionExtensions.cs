using ColdStart.Data.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Items;

public static class ItemsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the items page's services besides the live model (<c>AddModelHost</c>): <see cref="ItemStore"/>, one
    /// <see cref="ItemTagEditor"/> (undo history) per circuit, and the <see cref="TagEditPreviewer"/> (per circuit: it reads the user's live model) with the persona and
    /// strategy stores it reads.
    /// </summary>
    public static IServiceCollection AddItems(this IServiceCollection services)
    {
        services.AddSingleton<ItemStore>();
        services.AddScoped<ItemTagEditor>();
        services.TryAddSingleton<StrategyStore>();
        services.AddPersonas();
        services.AddScoped<TagEditPreviewer>();
        return services;
    }
}
