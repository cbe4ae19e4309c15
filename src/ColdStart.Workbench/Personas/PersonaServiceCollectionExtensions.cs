using ColdStart.Data.Stores;

// In the DI namespace (the usual place for Add* extensions), so Program.cs needs one line and no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class PersonaServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="PersonaStore"/> used by the personas page (needs <c>AddColdStartData</c>).</summary>
    public static IServiceCollection AddPersonas(this IServiceCollection services)
    {
        services.AddSingleton<PersonaStore>();
        return services;
    }
}
