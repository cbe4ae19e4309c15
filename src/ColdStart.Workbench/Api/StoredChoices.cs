using System.Collections.Concurrent;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Personas;

namespace ColdStart.Workbench.Api;

/// <summary>
/// The stored personas (per workspace) and strategies that <c>POST /api/v1/recommendations</c> resolves ids and names
/// against, read from the stores at most once per <see cref="MaxAge"/>. Reading both on every request took about 40 %
/// of a request's CPU in the load benchmark (<c>load-api</c>: 3.4 ms a request against 2.0 ms with the same profiles
/// and weights sent inline). An edit, from this process or another, reaches the API within <see cref="MaxAge"/>.
/// </summary>
public sealed class StoredChoices(PersonaSource personas, StrategyStore strategies, TimeProvider time)
{
    /// <summary>How long a read of the stored personas or strategies is reused.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Read<IReadOnlyList<StoredPersona>>> _personas = new(StringComparer.Ordinal);
    private Read<IReadOnlyList<StoredStrategyView>>? _strategies;

    public StoredChoices(PersonaSource personas, StrategyStore strategies) : this(personas, strategies, TimeProvider.System)
    {
    }

    private sealed record Read<T>(T Value, long At);

    /// <summary>The stored personas of <paramref name="workspace"/>, read at most <see cref="MaxAge"/> ago.</summary>
    public async Task<IReadOnlyList<StoredPersona>> PersonasAsync(string workspace, CancellationToken cancellationToken = default)
    {
        long now = time.GetTimestamp();
        if (_personas.TryGetValue(workspace, out var read) && time.GetElapsedTime(read.At, now) < MaxAge) return read.Value;
        var value = await personas.StoredForWorkspaceAsync(workspace, cancellationToken);
        _personas[workspace] = new Read<IReadOnlyList<StoredPersona>>(value, now);
        return value;
    }

    /// <summary>The strategies the API offers (<see cref="Recommendations.ListStrategiesAsync"/>), read at most <see cref="MaxAge"/> ago.</summary>
    public async Task<IReadOnlyList<StoredStrategyView>> StrategiesAsync(CancellationToken cancellationToken = default)
    {
        long now = time.GetTimestamp();
        if (Volatile.Read(ref _strategies) is { } read && time.GetElapsedTime(read.At, now) < MaxAge) return read.Value;
        var value = await Recommendations.ListStrategiesAsync(strategies, cancellationToken);
        Volatile.Write(ref _strategies, new Read<IReadOnlyList<StoredStrategyView>>(value, now));
        return value;
    }
}
