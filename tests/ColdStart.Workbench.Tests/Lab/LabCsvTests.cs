using System.Globalization;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Lab;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabCsvTests
{
    [Fact]
    public void Every_row_of_a_run_is_written_with_each_metrics_mean_interval_and_lift()
    {
        var report = LabReports.Create();

        var lines = LabCsv.Write(12, report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', LabCsv.Header), lines[0]);
        Assert.Equal(1 + report.Rows.Count, lines.Length);
        var header = lines[0].Split(',');
        var balancedAt3 = lines.Skip(1).Select(l => l.Split(',')).Single(f => f[2] == "new-user" && f[3] == "3" && f[4] == Strategy.Balanced.Name);
        string Field(string name) => balancedAt3[Array.IndexOf(header, name)];
        Assert.Equal(("12", "tiny", "false", "40"), (Field("run"), Field("dataset"), Field("baseline"), Field("users")));
        Assert.Equal(0.21, double.Parse(Field(MetricNames.Ndcg), CultureInfo.InvariantCulture), 9);
        Assert.Equal(0.20, double.Parse(Field(MetricNames.Ndcg + "_lower"), CultureInfo.InvariantCulture), 9);
        Assert.Equal(0.22, double.Parse(Field(MetricNames.Ndcg + "_upper"), CultureInfo.InvariantCulture), 9);
        Assert.Equal((0.21 - 0.14) / 0.14, double.Parse(Field(MetricNames.Ndcg + "_lift"), CultureInfo.InvariantCulture), 5);
        var newItem = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[2] == "new-item").ToList();
        Assert.Equal(2, newItem.Count);
        Assert.All(newItem, f => Assert.Equal("", f[3]));
        Assert.Equal("lab-run-12-ml-latest_small.csv", LabCsv.FileName(12, "ml-latest small"));
    }
}
