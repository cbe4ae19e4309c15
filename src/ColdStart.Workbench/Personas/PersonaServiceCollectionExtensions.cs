using ColdStart.Data.Stores;
using ColdStart.Workbench.Personas;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the DI namespace (the usual place for Add* extensions), so Program.cs needs one line and no extra using.
namespace Microsoft.Extensions.DependencyInjection;

public static class PersonaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="PersonaStore"/> and the <see cref="PersonaSource"/> every page reads personas through
    /// (needs <c>AddColdStartData</c>).
    /// </summary>
    public static IServiceCollection AddPersonas(this IServiceCollection services)
    {
        services.TryAddSingleton<PersonaStore>();
        services.TryAddSingleton<PersonaSource>();
        return services;
    }
}
