namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// A fact that drives Debian's Chromium through Playwright: skipped (reported as skipped, with the reason) when
/// <see cref="Path"/> is missing, instead of passing without running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The system Chromium that Playwright drives (nothing is downloaded at test time).</summary>
    public const string Path = "/usr/bin/chromium";

    public const string SkipReason = $"Chromium not found at {Path}: install it with apt-get install chromium (CI's .ci/run does)";

    public ChromiumFactAttribute()
    {
        if (!Installed) Skip = SkipReason;
    }

    /// <summary>Whether <see cref="Path"/> exists.</summary>
    public static bool Installed => File.Exists(Path);
}
