using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Lab;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class StrategyChoicesTests
{
    [Fact]
    public void Stored_strategies_come_first_then_every_preset_no_stored_name_shadows()
    {
        var mine = Strategy.Balanced with { Name = "Mine", DiversityLambda = 0.5f };
        var storedBalanced = Strategy.Balanced with { DiversityLambda = 0.4f };

        var choices = StrategyChoices.Of([new StoredStrategy(1, 1, mine), new StoredStrategy(2, 1, storedBalanced)]);

        Assert.Equal(["Mine", Strategy.Balanced.Name, Strategy.CollaborativeOnly.Name, Strategy.SemanticOnly.Name], choices.Select(s => s.Name));
        Assert.Same(storedBalanced, choices[1]);
        Assert.Equal(LabStrategies.BuiltIn.Select(s => s.Name).Order(), StrategyChoices.Of([]).Select(s => s.Name).Order());
    }

    [Theory]
    [InlineData("Balanced", false, "shop", "compare?strategy=Balanced")]
    [InlineData("My mix & more", false, "shop", "compare?strategy=My%20mix%20%26%20more")]
    [InlineData("Auto", false, "shop", "compare?strategy=Auto%20%C2%B7%20shop")]
    [InlineData("Global popularity", true, "shop", null)]
    public void A_lab_row_opens_its_strategy_in_compare_and_auto_its_tuned_strategy(string strategy, bool baseline, string workspace, string? href) =>
        Assert.Equal(href, LabCompareLink.For(strategy, baseline, workspace));
}
