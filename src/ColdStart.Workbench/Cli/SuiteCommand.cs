using System.CommandLine;

namespace ColdStart.Workbench.Cli;

/// <summary>The <c>suite</c> verb group; its one verb is <c>suite run</c> (<see cref="SuiteRunCommand"/>).</summary>
internal sealed class SuiteCommand : Command
{
    public const string Verb = "suite";

    public SuiteCommand(Func<IConfiguration> configuration)
        : base(Verb, "Persona test suites: 'suite run' runs them and exits 0 when every expectation holds.") =>
        Subcommands.Add(new SuiteRunCommand(configuration));
}
