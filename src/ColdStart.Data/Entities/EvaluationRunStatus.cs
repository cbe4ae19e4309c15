namespace ColdStart.Data.Entities;

/// <summary>Where a stored evaluation run stands; stored as its name.</summary>
public enum EvaluationRunStatus
{
    /// <summary>Started and not finished; a row still running when the app starts was interrupted and is marked failed.</summary>
    Running,

    /// <summary>Finished with a report.</summary>
    Completed,

    /// <summary>Stopped by an error (or interrupted by a restart); the row holds the message and no report.</summary>
    Failed,

    /// <summary>Cancelled by the user; no report.</summary>
    Cancelled,
}
