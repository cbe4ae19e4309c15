namespace ColdStart.Workbench.Cli;

/// <summary>The workspace or database named on the command line does not exist; nothing was read or written.</summary>
public sealed class EvalSourceException(string message) : Exception(message);
