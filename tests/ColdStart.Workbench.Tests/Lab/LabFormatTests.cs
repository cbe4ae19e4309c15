using ColdStart.Engine.Evaluation;
using ColdStart.Workbench.Lab;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabFormatTests
{
    [Fact]
    public void An_interval_is_written_as_mean_plus_minus_half_its_width()
    {
        Assert.Equal("0.2100 ± 0.0100", LabFormat.Interval(new BootstrapInterval(0.21, 0.20, 0.22), MetricNames.Ndcg));
        Assert.Equal("9.50 ± 0.50", LabFormat.Interval(new BootstrapInterval(9.5, 9.0, 10.0), MetricNames.Novelty));
        Assert.Equal("0.4000", LabFormat.Interval(new BootstrapInterval(0.4, 0.4, 0.4), MetricNames.Coverage));
        Assert.Equal("95% CI 0.2000 – 0.2200", LabFormat.Bounds(new BootstrapInterval(0.21, 0.20, 0.22)));
    }

    [Fact]
    public void Lifts_differences_and_durations_read_like_a_report()
    {
        Assert.Equal("+12.3 %", LabFormat.Lift(0.123));
        Assert.Equal("−4.0 %", LabFormat.Lift(-0.04));
        Assert.Equal("—", LabFormat.Lift(null));
        Assert.Equal("−0.0200", LabFormat.Difference(-0.02));
        Assert.Equal("+0.0000", LabFormat.Difference(0));
        Assert.Equal("42.0 s", LabFormat.Duration(42));
        Assert.Equal("13 min 05 s", LabFormat.Duration(785));
        Assert.Equal("—", LabFormat.Duration(null));
        Assert.Equal("New user + New item", LabFormat.Protocols([EvaluationProtocol.NewUser, EvaluationProtocol.NewItem]));
        Assert.Equal("2026-11-23 09:05", LabFormat.Time(new DateTime(2026, 11, 23, 9, 5, 0, DateTimeKind.Utc)));
        Assert.Equal("Nov 23, 09:05", LabFormat.ShortTime(new DateTime(2026, 11, 23, 9, 5, 0, DateTimeKind.Utc)));
    }
}
