namespace ColdStart.Data.Seeding;

/// <summary>
/// Singleton the UI observes while the first run prepares the sample data. Readers take <see cref="Current"/>;
/// writers replace it whole, then raise <see cref="Changed"/> (on the writer's thread).
/// </summary>
public sealed class SeedingStatus
{
    private volatile SeedingSnapshot _current = new(SeedingState.Preparing, "Opening the database…", null);

    /// <summary>Raised after every change, with the new snapshot.</summary>
    public event Action<SeedingSnapshot>? Changed;

    public SeedingSnapshot Current => _current;

    public void Report(string message, double? percent) =>
        Set(new SeedingSnapshot(SeedingState.Preparing, message, percent is { } p ? Math.Clamp(p, 0, 100) : null));

    public void MarkReady(string message) => Set(new SeedingSnapshot(SeedingState.Ready, message, 100));

    public void MarkFailed(string message) => Set(new SeedingSnapshot(SeedingState.Failed, message, null));

    private void Set(SeedingSnapshot snapshot)
    {
        _current = snapshot;
        Changed?.Invoke(snapshot);
    }
}
