namespace ColdStart.Data.Auditing;

/// <summary>
/// The actor set for the current asynchronous flow with <see cref="Use"/> (a Blazor circuit's inbound activity, an API
/// request), else <paramref name="fallback"/> (the command line's OS user, or "server" for background work).
/// </summary>
public sealed class AmbientActorSource(string fallback) : IActorSource
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The fallback of the command line: "command line (&lt;OS user&gt;)".</summary>
    public static string CommandLine => $"command line ({Environment.UserName})";

    /// <inheritdoc/>
    public string Current => string.IsNullOrWhiteSpace(Ambient.Value) ? fallback : Ambient.Value;

    /// <summary>Makes <paramref name="actor"/> the actor of this flow until the result is disposed.</summary>
    public static IDisposable Use(string actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
