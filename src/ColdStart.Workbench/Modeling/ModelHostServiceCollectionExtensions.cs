namespace ColdStart.Workbench.Modeling;

public static class ModelHostServiceCollectionExtensions
{
    /// <summary>
    /// Registers the live model (<see cref="ModelHost"/>) as a singleton that also runs as a hosted service, and as the
    /// <see cref="ILiveModel"/> the pages read, the <see cref="ITunableModel"/> tuning uses and the <see cref="IEncoderLoader"/> of
    /// the free-text benchmark.
    /// </summary>
    public static IServiceCollection AddModelHost(this IServiceCollection services)
    {
        services.AddSingleton<ModelHost>();
        services.AddSingleton<ILiveModel>(sp => sp.GetRequiredService<ModelHost>());
        services.AddSingleton<ITunableModel>(sp => sp.GetRequiredService<ModelHost>());
        services.AddSingleton<IEncoderLoader>(sp => sp.GetRequiredService<ModelHost>());
        services.AddHostedService(sp => sp.GetRequiredService<ModelHost>());
        return services;
    }
}
