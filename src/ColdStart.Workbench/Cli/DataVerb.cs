using ColdStart.Data.Import;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// How the verbs that read a dataset (<c>eval</c>, <c>simulate</c>) turn failures into exit codes, in the same words:
/// a missing workspace is a usage problem (2); unreadable data, a bad setting or an invalid dataset fail with 1.
/// </summary>
internal static class DataVerb
{
    /// <summary>Runs <paramref name="work"/>, which loads, computes and writes the report, and returns its exit code.</summary>
    public static async Task<int> RunAsync(string verb, string? dataset, TextWriter stderr, Func<Task> work)
    {
        try
        {
            await work();
            return 0;
        }
        catch (EvalSourceException e)
        {
            return await CommandLine.RefuseAsync(verb, [e.Message], stderr);
        }
        catch (ImportException e)
        {
            await stderr.WriteLineAsync($"{verb}: cannot import '{dataset}':");
            await stderr.WriteLineAsync(e.Message);
            return CommandLine.FailureExitCode;
        }
        catch (OptionsValidationException e)
        {
            await stderr.WriteLineAsync($"{verb}: {string.Join(" ", e.Failures)}");
            return CommandLine.FailureExitCode;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException
                                      or ColdStart.Data.DatabaseUnavailableException)
        {
            await stderr.WriteLineAsync($"{verb}: {e.Message}");
            return CommandLine.FailureExitCode;
        }
    }
}
