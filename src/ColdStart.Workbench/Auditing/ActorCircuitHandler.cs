using ColdStart.Data.Auditing;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ColdStart.Workbench.Auditing;

/// <summary>
/// Names the actor of every inbound activity of a Blazor circuit (events, JS calls) for the audit trail: the stores
/// read it through <see cref="AmbientActorSource"/>. The name is taken from the circuit's connection when it is up.
/// </summary>
public sealed class ActorCircuitHandler(IHttpContextAccessor http) : CircuitHandler
{
    private string? _actor;

    private string Actor => _actor ??= Actors.ForCircuit(http.HttpContext);

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        _actor ??= Actors.ForCircuit(http.HttpContext);
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (AmbientActorSource.Use(Actor))
                await next(context);
        };
}
