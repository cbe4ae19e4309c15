using ColdStart.Data;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Hosting;

/// <summary>Creates the web host on the repository root and runs it, turning start-up failures into a clear line and exit code.</summary>
public static class WorkbenchHost
{
    /// <summary>Exit code when the database or configuration is unusable at start.</summary>
    public const int StartupFailureExitCode = 3;

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var root = RepositoryRoot.Find();
        return WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = root,
            WebRootPath = Path.Combine(root, "wwwroot"),
        });
    }

    /// <summary>Runs until shutdown. A bad database or invalid settings at start print one line naming the problem and return <see cref="StartupFailureExitCode"/>.</summary>
    public static Task<int> RunAsync(WebApplication app) => RunAsync(app, Console.Error);

    internal static async Task<int> RunAsync(WebApplication app, TextWriter error)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception ex) when (StartupProblem(ex) is { } message)
        {
            await error.WriteLineAsync($"ColdStart Workbench cannot start: {message}");
            return StartupFailureExitCode;
        }
    }

    private static string? StartupProblem(Exception ex) => ex switch
    {
        DatabaseUnavailableException database => database.Message,
        OptionsValidationException options => string.Join(" ", options.Failures),
        AggregateException aggregate => aggregate.InnerExceptions.Select(StartupProblem).FirstOrDefault(m => m is not null),
        _ => null,
    };
}
