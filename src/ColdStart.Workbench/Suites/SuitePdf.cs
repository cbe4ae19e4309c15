using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;
using ColdStart.Workbench.Export;

namespace ColdStart.Workbench.Suites;

/// <summary>A suite run, and the diff of two runs, as PDF: the Markdown report (<see cref="SuiteMarkdown"/>) laid out by <see cref="MarkdownPdf"/>.</summary>
public static class SuitePdf
{
    public static byte[] Run(StoredSuiteRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        string title = $"Suite '{run.Summary.Suite}': run {run.Summary.Id}";
        return MarkdownPdf.Render(SuiteMarkdown.Run(run), title, title);
    }

    public static byte[] Diff(StoredSuiteRun before, StoredSuiteRun after, SuiteRunDiff diff)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        string title = $"Suite '{after.Summary.Suite}': run {before.Summary.Id} -> run {after.Summary.Id}";
        return MarkdownPdf.Render(SuiteMarkdown.Diff(before, after, diff), title, title);
    }

    public static string RunFileName(StoredSuiteRun run) => $"suite-run-{run.Summary.Id}.pdf";

    public static string DiffFileName(StoredSuiteRun before, StoredSuiteRun after) => $"suite-diff-{before.Summary.Id}-{after.Summary.Id}.pdf";
}
