using ColdStart.Engine.Evaluation;

namespace ColdStart.Workbench.Cli;

/// <summary>What <c>eval --protocol</c> asked for: cold-start protocols, or the free-text benchmark instead.</summary>
internal sealed record EvalProtocols(IReadOnlyList<EvaluationProtocol> Protocols, bool FreeText)
{
    public const string FreeTextName = "free-text";
}
