using Bunit;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Components.Pages.Lab;
using ColdStart.Workbench.Lab;
using ColdStart.Workbench.Tests.Components;

namespace ColdStart.Workbench.Tests.Lab;

public sealed class LabProgressPanelTests : BunitTestBase
{
    private static readonly LabRunRequest Request = new("sample", [EvaluationProtocol.NewUser], [Strategy.Balanced], [0, 5], 5, 14f);

    [Fact]
    public void A_running_job_shows_its_progress_bar_phase_and_a_cancel_button()
    {
        var job = new LabJob(Request, () => { }, CancellationToken.None);
        Assert.True(job.TryStart());
        job.RunId = 7;
        job.Report(new EvaluationProgress("New user, fold 2/5: ranking", 0.3));
        Guid? cancelled = null;

        var cut = RenderInteractive<LabProgressPanel>(p => p.Add(c => c.Active, job).Add(c => c.OnCancel, id => cancelled = id));

        Assert.Contains("run #7", cut.Find("[data-testid=lab-progress]").TextContent, StringComparison.Ordinal);
        Assert.Equal("30% · New user, fold 2/5: ranking", cut.Find("[data-testid=lab-progress-phase]").TextContent.Trim());
        Assert.Equal("30", cut.Find("[data-testid=lab-progress-bar]").GetAttribute("aria-valuenow"));
        Assert.StartsWith("running for ", cut.Find("[data-testid=lab-progress-elapsed]").TextContent.Trim(), StringComparison.Ordinal);
        cut.Find("button[data-testid=lab-cancel]").Click();
        Assert.Equal(job.Id, cancelled);
    }

    [Fact]
    public void Without_running_or_queued_jobs_the_panel_is_empty()
    {
        var cut = RenderInteractive<LabProgressPanel>();

        Assert.Empty(cut.FindAll("[data-testid=lab-progress]"));
    }

    [Fact]
    public void A_job_cancelled_while_queued_never_starts()
    {
        var job = new LabJob(Request, () => { }, CancellationToken.None);

        Assert.True(job.RequestCancel());

        Assert.Equal(LabJobState.Cancelled, job.State);
        Assert.False(job.TryStart());
        Assert.False(job.RequestCancel());
    }
}
