using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Items;

public static class ItemsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the items page's services besides the live model (<c>AddModelHost</c>): <see cref="ItemStore"/> and one
    /// <see cref="ItemTagEditor"/> (undo history) per circuit.
    /// </summary>
    public static IServiceCollection AddItems(this IServiceCollection services)
    {
        services.AddSingleton<ItemStore>();
        services.AddScoped<ItemTagEditor>();
        return services;
    }
}
