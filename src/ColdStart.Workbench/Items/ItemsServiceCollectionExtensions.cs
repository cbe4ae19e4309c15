using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Items;

public static class ItemsServiceCollectionExtensions
{
    /// <summary>Registers the items page's services: <see cref="ItemStore"/>, <see cref="ILiveModel"/> over the model host, and one <see cref="ItemTagEditor"/> (undo history) per circuit.</summary>
    public static IServiceCollection AddItems(this IServiceCollection services)
    {
        services.AddSingleton<ItemStore>();
        services.AddSingleton<ILiveModel, ModelHostLiveModel>();
        services.AddScoped<ItemTagEditor>();
        return services;
    }
}
