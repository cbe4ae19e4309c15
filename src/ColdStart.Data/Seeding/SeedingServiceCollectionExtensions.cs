using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ColdStart.Data.Seeding;

public static class SeedingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SampleWorldSettings"/> (section "SampleWorld", validated on start), the <see cref="SeedingStatus"/>
    /// singleton and the <see cref="SampleDataSeeder"/> hosted service. Needs <see cref="DataServiceCollectionExtensions.AddColdStartData"/>.
    /// </summary>
    public static IServiceCollection AddSampleDataSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SampleWorldSettings>()
            .Bind(configuration.GetSection(SampleWorldSettings.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SampleWorldSettings>, SampleWorldSettingsValidation>();
        services.AddSingleton<SeedingStatus>();
        services.AddSingleton<SampleDataSeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<SampleDataSeeder>());
        return services;
    }
}
