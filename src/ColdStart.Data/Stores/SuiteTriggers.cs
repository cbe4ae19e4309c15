namespace ColdStart.Data.Stores;

/// <summary>The kinds of change that run a suite, as stored in <see cref="Entities.SuiteRunEntity.Trigger"/>.</summary>
public static class SuiteTriggers
{
    public const string Manual = "manual";
    public const string CommandLine = "cli";
    public const string Strategy = "strategy";
    public const string Persona = "persona";
    public const string Tags = "tags";
    public const string Model = "model";
    public const string Workspace = "workspace";
}
