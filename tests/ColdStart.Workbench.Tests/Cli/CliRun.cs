using Microsoft.Extensions.Configuration;
using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Cli;

/// <summary>Runs the command line as <c>Program</c> does, with the output captured and an optional configuration in place of appsettings.json.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IReadOnlyList<string> args, IConfiguration? configuration = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = await CommandLine.RunAsync(args, stdout, stderr, configuration);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Parses <c>eval</c> with <paramref name="args"/>, asserts there is no error and returns the arguments.</summary>
    public static EvalArguments ParseEval(params string[] args)
    {
        var parse = CommandLine.Parse(["eval", .. args]);
        Assert.Empty(parse.Errors);
        Assert.Empty(parse.UnmatchedTokens);
        return ((EvalCommand)parse.CommandResult.Command).ReadArguments(parse);
    }

    /// <summary>Runs with the current culture and UI culture set to <paramref name="culture"/> (restored afterwards).</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunInCultureAsync(string culture, IReadOnlyList<string> args)
    {
        var (before, beforeUi) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            return await RunAsync(args);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
