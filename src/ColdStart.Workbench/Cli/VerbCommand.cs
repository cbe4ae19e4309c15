using System.CommandLine;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// A verb with options made by <see cref="CliOption"/>. Unknown options and stray arguments are reported by
/// <see cref="CommandLine"/> in the same words for every verb; checks that involve several options go in
/// <see cref="Problems"/>, which runs together with the options' own checks so every problem is reported at once.
/// </summary>
internal abstract class VerbCommand : Command
{
    protected VerbCommand(string name, string description)
        : base(name, description)
    {
    }

    /// <summary>Problems that involve several options, e.g. a required choice between two.</summary>
    public virtual IEnumerable<string> Problems(ParseResult parse) => [];

    /// <summary>Whether the option was given on the command line.</summary>
    protected static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
