using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The one command-line parser (System.CommandLine): <c>ColdStart.Workbench [verb] [options]</c> with the verbs
/// <c>serve</c> (default), <c>train</c>, <c>import</c>, <c>eval</c>, <c>suite run</c>, <c>simulate</c>, <c>backup</c> and <c>help</c>. No verb, or a first argument
/// starting with '-', means <c>serve</c> (so <c>dotnet run -- --urls ...</c> still serves). Every verb's options are made
/// by <see cref="CliOption"/> and parse alike: <c>--x y</c> or <c>--x=y</c>, numbers in the invariant culture, a repeated
/// or unknown option refused; <c>--help</c> on any verb prints its generated help. Bad arguments print one line per
/// problem, naming the option, and exit with <see cref="UsageExitCode"/> before anything is read or written.
/// </summary>
public static class CommandLine
{
    public const int UsageExitCode = 2;
    public const int FailureExitCode = 1;
    public const string ExecutableName = "ColdStart.Workbench";
    private const string HelpVerb = "help";
    private static readonly string[] RootTokens = [HelpVerb, "--help", "-h", "-?", "/?", "/h"];

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Parses and runs <paramref name="args"/>; <paramref name="configuration"/> replaces the app's <c>appsettings.json</c> (tests).</summary>
    internal static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, IConfiguration? configuration = null)
    {
        var parse = Parse(args, configuration);
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false, // the host's own start-up errors and WebApplicationFactory's stop signal pass through
            ProcessTerminationTimeout = null,      // Ctrl+C is the web host's (and the evaluator's cancellation token is not wired to it)
        };
        if (parse.Action is not HelpAction)
        {
            var command = parse.CommandResult.Command;
            if (command == parse.RootCommandResult.Command && parse.UnmatchedTokens.Count > 0)
            {
                await error.WriteLineAsync($"Unknown verb '{parse.UnmatchedTokens[0]}'.");
                await HelpAsync(command, new InvocationConfiguration { Output = error, Error = error });
                return UsageExitCode;
            }
            var problems = Problems(parse);
            if (problems.Count > 0) return await RefuseAsync(command.Name, problems, error);
        }
        return await parse.InvokeAsync(invocation);
    }

    /// <summary>Prints one line per problem, prefixed with the verb, and where the help is; returns <see cref="UsageExitCode"/>.</summary>
    internal static async Task<int> RefuseAsync(string verb, IEnumerable<string> problems, TextWriter error)
    {
        foreach (var problem in problems) await error.WriteLineAsync($"{verb}: {problem}");
        await error.WriteLineAsync($"{verb}: '{verb} --help' lists the options. Usage: {ExecutableName} {verb} [options]");
        return UsageExitCode;
    }

    /// <summary>Parses <paramref name="args"/> against every verb without running anything.</summary>
    internal static ParseResult Parse(IReadOnlyList<string> args, IConfiguration? configuration = null)
    {
        var settings = new Lazy<IConfiguration>(() => configuration ?? CliServices.LoadConfiguration());
        var root = Build(() => settings.Value);
        // Response files (@file) are off: a dataset folder may start with '@'.
        return root.Parse(WithVerb(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
    }

    private static Command Build(Func<IConfiguration> configuration)
    {
        var root = new Command(ExecutableName, "ColdStart Workbench: recommendations for visitors a shop knows almost nothing about.");
        root.Options.Add(new HelpOption { Recursive = true });
        Command[] verbs =
        [
            new ServeCommand(Program.ServeAsync),
            new TrainCommand(configuration),
            new ImportCommand(configuration),
            new EvalCommand(configuration),
            new SuiteCommand(configuration),
            new SimulateCommand(configuration),
            new BackupCommand(configuration),
        ];
        foreach (var verb in verbs) root.Subcommands.Add(verb);
        var help = new Command(HelpVerb, "Show this text.");
        help.SetAction((parse, _) => HelpAsync(root, parse.InvocationConfiguration));
        root.Subcommands.Add(help);
        return root;
    }

    private static IReadOnlyList<string> WithVerb(IReadOnlyList<string> args) =>
        args.Count == 0 || (args[0].StartsWith('-') && !RootTokens.Contains(args[0])) ? [ServeCommand.Verb, .. args] : args;

    /// <summary>One message per problem: a repeated option once, unknown options and stray arguments in our words.</summary>
    private static List<string> Problems(ParseResult parse)
    {
        var problems = new List<string>();
        var repeated = new HashSet<Option>();
        bool verb = parse.CommandResult.Command is VerbCommand;
        foreach (var error in parse.Errors)
        {
            if (verb && error.SymbolResult is CommandResult) continue; // the library's unmatched-token errors: ours below
            if (error.SymbolResult is OptionResult { IdentifierTokenCount: > 1 } option)
            {
                if (repeated.Add(option.Option)) problems.Add($"Option {option.Option.Name} is given twice.");
            }
            else if (!problems.Contains(error.Message)) problems.Add(error.Message);
        }
        if (parse.CommandResult.Command is VerbCommand command)
        {
            foreach (var token in parse.UnmatchedTokens)
            {
                problems.Add(token.StartsWith('-')
                    ? $"Unknown option '{token.Split('=', 2)[0]}'."
                    : $"Unexpected argument '{token}'.");
            }
            problems.AddRange(command.Problems(parse));
        }
        return problems;
    }

    private static Task<int> HelpAsync(Command command, InvocationConfiguration invocation) =>
        command.Parse(["--help"]).InvokeAsync(invocation);
}
