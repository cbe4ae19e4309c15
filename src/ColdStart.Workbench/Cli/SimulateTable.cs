using System.Globalization;
using System.Text;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Cli;

/// <summary>The <c>simulate</c> verb's results as a Markdown table: one row per strategy and exploration share.</summary>
internal static class SimulateTable
{
    public static string Format(SimulationReport report)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Simulation on {report.Dataset} ({report.ClickModel} click model): {report.Options.Sessions} sessions × {report.Options.Steps} steps, " +
            $"lists of {report.Options.ListLength}, {(report.Options.Adapt ? "profiles adapt to clicks" : "first profile kept")}, {report.Visitors} held-out visitors, {report.Items:N0} items of which {report.NewItems:N0} new, seed {report.Options.Seed}.");
        text.AppendLine("Per session, mean [95% bootstrap interval]; reward = clicks + " +
            report.Options.PurchaseReward.ToString("0.##", c) + " × purchases.");
        text.AppendLine();
        text.AppendLine("| strategy | exploration | clicks | purchases | reward | first purchase (step) | with purchase | new-item exposure | new-item clicks | new share of clicks | coverage |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in report.Rows)
        {
            text.AppendLine(c, $"| {row.Strategy} | {row.ExplorationShare:0.##} | {Cell(row.Clicks)} | {Cell(row.Purchases)} | {Cell(row.Reward)} | " +
                $"{(row.StepsToFirstPurchase is { } first ? Cell(first, "0.0") : "—")} | {row.SessionsWithPurchase:P0} | {Cell(row.NewExposureShare, "P1")} | " +
                $"{Cell(row.NewClicks)} | {row.NewClickShare:P1} | {row.Coverage:P1} |");
        }
        text.AppendLine();
        text.AppendLine(c, $"Training {report.TrainingSeconds:0.0} s, sessions {report.SimulationSeconds:0.0} s.");
        return text.ToString();
    }

    internal static string Cell(BootstrapInterval interval, string format = "0.000") =>
        string.Create(CultureInfo.InvariantCulture, $"{interval.Mean.ToString(format, CultureInfo.InvariantCulture)} [{interval.Lower.ToString(format, CultureInfo.InvariantCulture)}, {interval.Upper.ToString(format, CultureInfo.InvariantCulture)}]");
}
