using ColdStart.Engine.Evaluation;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Lab;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabReportViewTests
{
    private readonly EvaluationReport _report = LabReports.Create();

    [Fact]
    public void Curves_follow_the_report_order_with_k_ascending_and_the_intervals_of_the_metric()
    {
        var curves = LabReportView.Curves(_report, MetricNames.Ndcg);

        Assert.Equal(["Global popularity", "Balanced"], curves.Select(c => c.Strategy));
        Assert.Equal((true, false), (curves[0].Baseline, curves[1].Baseline));
        Assert.Equal([0, 1, 3], curves[1].K);
        Assert.Equal(LabReports.BalancedNdcg, curves[1].Points.Select(p => p.Mean));
        Assert.Equal([0.12, 0.16, 0.22], curves[1].Points.Select(p => Math.Round(p.Upper, 10)));
        Assert.Equal([0.22, 0.30, 0.42], LabReportView.Curves(_report, MetricNames.Recall)[1].Points.Select(p => p.Mean));
    }

    [Fact]
    public void The_new_item_rows_have_no_k_and_are_not_on_the_curve()
    {
        Assert.Equal([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem], LabReportView.Protocols(_report));
        Assert.Equal([0, 1, 3], LabReportView.KValues(_report));
        var rows = LabReportView.RowsAt(_report, EvaluationProtocol.NewItem, k: 3);
        Assert.Equal([0.05, 0.08], rows.Select(r => r.Mean(MetricNames.Ndcg)));
        Assert.All(rows, r => Assert.Null(r.K));
    }

    [Theory]
    [InlineData(0, 0.10)]
    [InlineData(1, 0.25)]
    [InlineData(3, 0.50)]
    public void Lift_is_relative_to_global_popularity_at_the_same_k(int k, double expected)
    {
        var balanced = _report.Find("Balanced", EvaluationProtocol.NewUser, k)!;
        var popularity = _report.Find("Global popularity", EvaluationProtocol.NewUser, k)!;

        Assert.Equal(expected, LabReportView.Lift(_report, balanced, MetricNames.Ndcg)!.Value, 10);
        Assert.Equal(0, LabReportView.Lift(_report, popularity, MetricNames.Ndcg)!.Value, 10);
        Assert.Equal(0.6, LabReportView.Lift(_report, _report.Find("Balanced", EvaluationProtocol.NewItem)!, MetricNames.Ndcg)!.Value, 10);
    }

    [Fact]
    public void Without_a_popularity_row_or_with_a_zero_popularity_there_is_no_lift()
    {
        var alone = _report with { Rows = [.. _report.Rows.Where(r => r.Strategy == "Balanced")] };
        var zero = _report with { Rows = [LabReports.Row("Global popularity", true, EvaluationProtocol.NewUser, 0, 0), LabReports.Row("Balanced", false, EvaluationProtocol.NewUser, 0, 0.1)] };

        Assert.Null(LabReportView.Lift(alone, alone.Rows[0], MetricNames.Ndcg));
        Assert.Null(LabReportView.Lift(zero, zero.Rows[1], MetricNames.Ndcg));
    }

    [Fact]
    public void Comparing_two_runs_pairs_the_strategies_by_name_and_keeps_those_only_one_run_has()
    {
        var second = LabReports.Create(shift: 0.02);
        second = second with { Rows = [.. second.Rows, LabReports.Row("Cold-start blend", false, EvaluationProtocol.NewUser, 1, 0.13)] };

        var rows = LabReportView.Compare(_report, second, EvaluationProtocol.NewUser, 1, MetricNames.Ndcg);

        Assert.Equal(["Global popularity", "Balanced", "Cold-start blend"], rows.Select(r => r.Strategy));
        Assert.Equal(0, rows[0].Difference!.Value, 10);
        Assert.Equal(0.02, rows[1].Difference!.Value, 10);
        Assert.Equal((null, 0.13), (rows[2].First, rows[2].Second?.Mean));
        Assert.Null(rows[2].Difference);
    }
}
