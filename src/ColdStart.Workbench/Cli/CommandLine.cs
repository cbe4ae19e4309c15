namespace ColdStart.Workbench.Cli;

/// <summary>
/// Dispatches the first argument to a verb. No verb, or a first argument starting with '-', means <c>serve</c>
/// (so <c>dotnet run -- --urls ...</c> still serves). Unknown verbs print the usage and exit with 2.
/// </summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;

    /// <summary>Verb name → (one-line description, handler taking the remaining arguments and returning the exit code).</summary>
    private static readonly Dictionary<string, (string Description, Func<string[], Task<int>> Run)> Verbs =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["serve"] = ("Run the web workbench (default).", Program.ServeAsync),
            ["train"] = ("Train ALS and the text encoder; write models/encoder.*.", a => Task.FromResult(TrainCommand.Run(a, Console.Out, Console.Error))),
            ["import"] = ("Import a CSV or MovieLens folder as a new workspace.", a => ImportCommand.RunAsync(a, Console.Out, Console.Error)),
            ["eval"] = ("Evaluate strategies against baselines (offline cold-start metrics).", a => Task.FromResult(EvalCommand.Run(a, Console.Out, Console.Error))),
        };

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !IsHelp(args[0])))
        {
            return await Verbs["serve"].Run(args);
        }
        if (IsHelp(args[0]))
        {
            await output.WriteAsync(Usage());
            return 0;
        }
        if (Verbs.TryGetValue(args[0], out var verb))
        {
            return await verb.Run(args[1..]);
        }
        await error.WriteLineAsync($"Unknown verb '{args[0]}'.");
        await error.WriteAsync(Usage());
        return UsageExitCode;
    }

    internal static string Usage()
    {
        var lines = Verbs.Select(v => $"  {v.Key,-8} {v.Value.Description}");
        return "Usage: ColdStart.Workbench [verb] [options]" + Environment.NewLine +
               "Verbs:" + Environment.NewLine +
               string.Join(Environment.NewLine, lines) + Environment.NewLine +
               "  help     Show this text." + Environment.NewLine;
    }

    private static bool IsHelp(string arg) => arg is "help" or "--help" or "-h" or "-?";
}
