namespace ColdStart.Workbench.Modeling;

public static class ModelHostServiceCollectionExtensions
{
    /// <summary>
    /// Registers the live models (<see cref="ModelHost"/>) as a singleton that also runs as a hosted service (it builds the
    /// default workspace's model at start), as the <see cref="ILiveModels"/> registry, the <see cref="ITunableModel"/>
    /// tuning uses and the <see cref="IEncoderLoader"/> of the free-text benchmark. The <see cref="ILiveModel"/> pages read
    /// is the current user's (<c>AddDatasets</c>).
    /// </summary>
    public static IServiceCollection AddModelHost(this IServiceCollection services)
    {
        services.AddSingleton<ModelHost>();
        services.AddSingleton<ILiveModels>(sp => sp.GetRequiredService<ModelHost>());
        services.AddSingleton<ITunableModel>(sp => sp.GetRequiredService<ModelHost>());
        services.AddSingleton<IEncoderLoader>(sp => sp.GetRequiredService<ModelHost>());
        services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
        return services;
    }
}
