using Microsoft.Extensions.Logging;

namespace ColdStart.Data.Seeding;

/// <summary>
/// Forwards the generator's phase lines to the log and <see cref="SeedingStatus"/> on the generator's own thread.
/// (Progress&lt;T&gt; would post them later, where a late line could overwrite the Ready state.)
/// </summary>
internal sealed class GenerationProgressLog(SeedingStatus status, ILogger logger) : IProgress<string>
{
    public void Report(string value)
    {
        logger.LogInformation("{Step}", value);
        status.Report(value, null);
    }
}
