using System.CommandLine;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>serve</c> verb (the default): the web workbench. It has no options of its own; its arguments are ASP.NET Core
/// host settings and configuration keys, passed to the host as they are (<c>--urls http://localhost:5000</c>,
/// <c>--environment Development</c>, <c>--Data:DatabasePath=/tmp/other.db</c>), as <c>WebApplicationFactory</c> does.
/// </summary>
internal sealed class ServeCommand : Command
{
    public const string Verb = "serve";

    public ServeCommand(Func<string[], Task<int>> serve)
        : base(Verb, "Run the web workbench (default). Its arguments are ASP.NET Core host settings and configuration keys, " +
                     "passed to the host as they are, e.g. --urls http://localhost:5000 or --Data:DatabasePath=/tmp/other.db.")
    {
        TreatUnmatchedTokensAsErrors = false;
        SetAction((parse, _) => serve([.. parse.UnmatchedTokens]));
    }
}
