namespace ColdStart.Workbench.Suites;

/// <summary>A change that re-runs the suites: its kind (see <c>SuiteTriggers</c>), its workspace (null: any) and its description.</summary>
public sealed record SuiteChange(string Trigger, string? Workspace, string Detail);
