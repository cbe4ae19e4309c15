using ColdStart.Data.Storage;
using Microsoft.Extensions.Logging;

namespace ColdStart.Data.Seeding;

/// <summary>Forwards bulk-write progress to <see cref="SeedingStatus"/> (every report) and the log (once per stage).</summary>
internal sealed class StoreProgressLog(SeedingStatus status, ILogger logger) : IProgress<StoreProgress>
{
    private string? _stage;

    public void Report(StoreProgress value)
    {
        if (value.Stage != _stage)
        {
            _stage = value.Stage;
            logger.LogInformation("Storing sample world: {Stage} ({Done:N0} of {Total:N0} rows written)", value.Stage.ToLowerInvariant(), value.Done, value.Total);
        }
        status.Report($"Storing {value.Stage.ToLowerInvariant()}: {value.Done:N0} of {value.Total:N0} rows", value.Fraction * 100);
    }
}
