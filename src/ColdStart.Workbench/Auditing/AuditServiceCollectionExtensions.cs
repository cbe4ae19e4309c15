using ColdStart.Data.Auditing;
using ColdStart.Data.Stores;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ColdStart.Workbench.Auditing;

public static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// Registers the audit page's services: <see cref="AuditStore"/>, the stores it reverts through, and the circuit
    /// handler that names each circuit's actor (needs <c>AddColdStartData</c>).
    /// </summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<AuditStore>();
        services.TryAddSingleton<StrategyStore>();
        services.TryAddSingleton<PersonaStore>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ActorCircuitHandler>());
        return services;
    }
}
