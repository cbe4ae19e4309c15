using Bunit;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Tests.Components;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class StrategyEditorTests : BunitTestBase
{
    private readonly List<Strategy> _edits = [];

    private IRenderedComponent<StrategyEditor> RenderEditor(Strategy strategy, int interactions) =>
        RenderInteractive<StrategyEditor>(p => p
            .Add(e => e.Strategy, strategy)
            .Add(e => e.StrategyNames, [strategy.Name])
            .Add(e => e.Interactions, interactions)
            .Add(e => e.OnEdited, s => _edits.Add(s)));

    [Fact]
    public void A_scheduled_strategy_shows_its_steps_normalised_with_the_step_in_force_for_column_ones_persona()
    {
        var cut = RenderEditor(TunedStrategies.Tuned, interactions: 3);

        var rows = cut.FindAll("[data-testid^=schedule-step-]");
        Assert.Equal(["0", "1", "2–3", "4+"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Equal(["false", "false", "true", "false"], rows.Select(r => r.GetAttribute("data-in-force")));
        Assert.Contains("schedule-in-force", rows[2].ClassList);
        // Step "2–3" is stored as 0.25, 0.05, 0.1, 0, 0.5, 0.1 (sum 1.0); step "0" as 0, 0.2, 0.8, 0, 0, 0.
        Assert.Equal(["2–3", "0.25", "0.05", "0.10", "0.00", "0.50", "0.10"], rows[2].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal(["Revealed", "Col", "Sem", "Pop", "Fre", "I2I", "Lex"], cut.FindAll("[data-testid=schedule-table] th").Select(th => th.TextContent));
        Assert.StartsWith("Editing the weights for visitors with 3 revealed items", cut.Find("[data-testid=schedule-editing]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Semantic 1, Freshness 0.3, Lexical 0.1 · boost 2 σ", cut.Find("[data-testid=new-item-policy]").TextContent, StringComparison.Ordinal);
        var editor = cut.Find("[data-testid=strategy-editor]").TextContent;
        Assert.Contains("Item-to-item: 0.50", editor, StringComparison.Ordinal); // the sliders show the step in force
        Assert.Contains("Lexical: 0.10", editor, StringComparison.Ordinal);
    }

    [Fact]
    public void The_weights_shown_are_normalised_to_sum_one_per_step()
    {
        var doubled = TunedStrategies.Tuned with
        {
            Schedule = new WeightSchedule([new WeightStep(0, new BlendWeights(2, 0, 2, 0, 4, 0))]),
        };

        var cut = RenderEditor(doubled, interactions: 0);

        Assert.Equal(["0+", "0.25", "0.00", "0.25", "0.00", "0.50", "0.00"],
            cut.Find("[data-testid=schedule-step-0]").QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.StartsWith("Editing the weights for visitors with 0 revealed items", cut.Find("[data-testid=schedule-editing]").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slider_on_a_scheduled_strategy_edits_only_the_step_in_force()
    {
        var tuned = TunedStrategies.Tuned;
        var cut = RenderEditor(tuned, interactions: 1);
        Assert.Equal("true", cut.Find("[data-testid=schedule-step-1]").GetAttribute("data-in-force"));

        cut.Find("input[data-testid=weight-lexical]").Input("0.7");

        var edited = Assert.Single(_edits);
        var steps = edited.Schedule!.Steps;
        Assert.Equal(tuned.Schedule!.Steps[1].Weights with { Lexical = 0.7f }, steps[1].Weights);
        Assert.Equal([tuned.Schedule.Steps[0], tuned.Schedule.Steps[2], tuned.Schedule.Steps[3]], [steps[0], steps[2], steps[3]]);
        Assert.Equal((tuned.Weights, tuned.NewItems, tuned.Name), (edited.Weights, edited.NewItems, edited.Name));
    }

    [Fact]
    public void Without_a_schedule_the_new_sliders_edit_the_fixed_weights_and_no_schedule_shows()
    {
        var cut = RenderEditor(Strategy.Balanced, interactions: 2);

        cut.Find("input[data-testid=weight-item-to-item]").Input("0.6");
        cut.Find("input[data-testid=weight-lexical]").Input("0.25");

        Assert.Empty(cut.FindAll("[data-testid=schedule]"));
        Assert.Equal(Strategy.Balanced.Weights with { ItemToItem = 0.6f }, _edits[0].Weights);
        Assert.Equal(Strategy.Balanced.Weights with { Lexical = 0.25f }, _edits[1].Weights);
        Assert.All(_edits, e => Assert.Null(e.Schedule));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(50, 3)]
    public void The_step_in_force_is_the_last_one_starting_at_or_below_the_revealed_items(int interactions, int step)
    {
        var schedule = TunedStrategies.Tuned.Schedule!;

        Assert.Equal(step, schedule.StepInForce(interactions));
        Assert.Equal(schedule.For(interactions), schedule.Steps[step].Weights);
    }

    [Fact]
    public void The_exploration_slider_adds_the_rule_to_the_draft_and_says_what_it_costs()
    {
        var strategy = Strategy.Balanced with { Rules = [new TagRule("sale", 1)] };
        var cut = RenderEditor(strategy, interactions: 0);
        Assert.StartsWith("No exploration", cut.Find("[data-testid=exploration-cost]").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid=exploration-share]").Input("0.2");

        var edited = Assert.Single(_edits);
        Assert.Equal<Rule>([new TagRule("sale", 1), new ExplorationRule(0.2f)], edited.Rules);
        Assert.Equal((strategy.Name, strategy.Weights), (edited.Name, edited.Weights));
        cut.Render(p => p.Add(e => e.Strategy, edited));
        Assert.Contains("Exploration share: 0.20", cut.Find("[data-testid=strategy-editor]").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("20% of slots go to new items chosen by Thompson sampling", cut.Find("[data-testid=exploration-cost]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Simulation tab", cut.Find("[data-testid=exploration-cost]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_exploration_slider_updates_the_one_rule_and_zero_removes_it()
    {
        var strategy = Strategy.Balanced with { Rules = [new ExplorationRule(0.2f), new TagRule("sale", 1)] };
        var cut = RenderEditor(strategy, interactions: 0);

        cut.Find("input[data-testid=exploration-share]").Input("0.35");
        cut.Find("input[data-testid=exploration-share]").Input("0");

        Assert.Equal<Rule>([new TagRule("sale", 1), new ExplorationRule(0.35f)], _edits[0].Rules);
        Assert.Equal(0.35f, _edits[0].ExplorationShare);
        Assert.Equal<Rule>([new TagRule("sale", 1)], _edits[1].Rules);
        Assert.Equal(0f, _edits[1].ExplorationShare);
    }

    [Fact]
    public void The_exploration_slider_stops_at_half_the_slots()
    {
        var cut = RenderEditor(Strategy.Balanced, interactions: 0);

        Assert.Equal("0.5", cut.Find("input[data-testid=exploration-share]").GetAttribute("max"));
    }
}
