namespace ColdStart.Workbench.Lab;

/// <summary>Where a strategy-lab job stands in the <see cref="EvaluationRunner"/>.</summary>
public enum LabJobState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
