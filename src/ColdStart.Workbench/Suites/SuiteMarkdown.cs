using System.Globalization;
using System.Text;
using ColdStart.Data.Stores;
using ColdStart.Engine.Suites;

namespace ColdStart.Workbench.Suites;

/// <summary>A suite run, and the diff of two runs, as Markdown a stakeholder can read (the page's "export" and the verb's output).</summary>
public static class SuiteMarkdown
{
    public static string Run(StoredSuiteRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (summary, result) = (run.Summary, run.Result);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Suite '{Cell(summary.Suite)}': run {summary.Id}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"**{(summary.AllHeld ? "All expectations hold" : $"{summary.Failed} of {summary.Held + summary.Failed} expectations fail")}.**");
        text.AppendLine();
        AppendContext(text, summary);
        text.AppendLine();
        text.AppendLine("| | Expectation | Observed |");
        text.AppendLine("|---|---|---|");
        foreach (var r in result.Results)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {(r.Held ? "✅ holds" : "❌ fails")} | {Cell(r.Sentence)} | {Cell(r.Observed)} |");
        foreach (var list in result.Lists)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {Cell(list.Persona)}");
            text.AppendLine();
            if (list.Error is { } error)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Not ranked: {error}");
                continue;
            }
            text.AppendLine("| # | SKU | Title | Department | Brand | New |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var item in list.Items)
                text.AppendLine(CultureInfo.InvariantCulture, $"| {item.Rank} | {Cell(item.ItemId)} | {Cell(item.Title)} | {Cell(item.Department)} | {Cell(item.Brand)} | {(item.IsNew ? "new" : "")} |");
        }
        return text.ToString();
    }

    public static string Diff(StoredSuiteRun before, StoredSuiteRun after, SuiteRunDiff diff)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(diff);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Suite '{Cell(after.Summary.Suite)}': run {before.Summary.Id} → run {after.Summary.Id}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Triggered by: {after.Summary.TriggerDetail} ({after.Summary.Trigger}), {Time(after.Summary.RanAt)}.");
        text.AppendLine();
        AppendLines(text, diff);
        return text.ToString();
    }

    /// <summary>The diff's findings as Markdown sections (flipped expectations, then lists).</summary>
    public static void AppendLines(StringBuilder text, SuiteRunDiff diff)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diff);
        text.AppendLine("## Expectations that changed");
        text.AppendLine();
        if (diff.Flipped.Count == 0) text.AppendLine("None.");
        foreach (var f in diff.Flipped)
            text.AppendLine(CultureInfo.InvariantCulture, $"- {Outcome(f.Before)} → {Outcome(f.After)}: {f.Sentence} ({f.ObservedBefore ?? "—"} → {f.ObservedAfter ?? "—"})");
        text.AppendLine();
        text.AppendLine("## Lists that changed");
        text.AppendLine();
        var changed = diff.Lists.Where(l => !l.IsEmpty).ToList();
        if (changed.Count == 0) text.AppendLine("None.");
        foreach (var list in changed)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {list.Persona}");
            foreach (var e in list.Entered) text.AppendLine(CultureInfo.InvariantCulture, $"- entered at #{e.Rank}: {e.ItemId} {e.Title}");
            foreach (var e in list.Left) text.AppendLine(CultureInfo.InvariantCulture, $"- left from #{e.Rank}: {e.ItemId} {e.Title}");
            foreach (var m in list.Moved) text.AppendLine(CultureInfo.InvariantCulture, $"- moved #{m.From} → #{m.To}: {m.ItemId} {m.Title}");
            text.AppendLine();
        }
    }

    public static string Outcome(bool? held) => held switch { true => "holds", false => "fails", null => "absent" };

    private static void AppendContext(StringBuilder text, SuiteRunSummary s)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"- Ran: {Time(s.RanAt)}, triggered by {s.TriggerDetail} ({s.Trigger})");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Suite version: {s.SuiteVersion}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Strategy: {s.Strategy}{(s.StrategyVersion is { } v ? $" (version {v})" : " (preset)")}, fingerprint {s.StrategyFingerprint ?? "— (not found)"}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- Model fingerprint: {s.ModelFingerprint}; catalog fingerprint: {s.CatalogFingerprint}");
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
