using ColdStart.Data.Import;

namespace ColdStart.Workbench.Datasets;

/// <summary>One reading of an upload import, for the progress display and the error list.</summary>
/// <param name="Workspace">Name of the workspace being created.</param>
/// <param name="Stage">Where it stands.</param>
/// <param name="Message">What is happening, what was imported, or why nothing was.</param>
/// <param name="Percent">Progress in [0, 100] when known.</param>
/// <param name="Errors">Bad lines as file:line: message (the first <see cref="ImportReport.MaxListedErrors"/>).</param>
/// <param name="TotalErrors">All bad lines found, including those not listed.</param>
public sealed record ImportJob(
    string Workspace, ImportStage Stage, string Message, double? Percent = null,
    IReadOnlyList<ImportError>? Errors = null, int TotalErrors = 0)
{
    /// <summary>True while uploading, reading or storing.</summary>
    public bool IsRunning => Stage is ImportStage.Uploading or ImportStage.Reading or ImportStage.Storing;
}
