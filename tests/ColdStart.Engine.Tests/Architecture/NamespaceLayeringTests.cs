using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Tests.Architecture;

/// <summary>The engine's namespaces depend on each other one way: no two of them reach each other.</summary>
public sealed class NamespaceLayeringTests
{
    private static readonly NamespaceGraph Engine = NamespaceGraph.Of(typeof(Scorer).Assembly, "ColdStart.Engine");

    [Fact]
    public void No_engine_namespace_reaches_itself_through_another()
    {
        var cycles = Engine.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in ColdStart.Engine:\n" + string.Join("\n\n",
            cycles.Select(c => string.Join(", ", c) + ":\n  " + string.Join("\n  ", Engine.Describe(c)))));
    }

    [Fact]
    public void The_graph_sees_references_made_only_in_method_bodies_and_lambdas()
    {
        var planted = NamespaceGraph.Of(typeof(NamespaceLayeringTests).Assembly, PlantedCycle.Upper.Counter.Prefix);

        var cycle = Assert.Single(planted.Cycles());

        Assert.Equal([PlantedCycle.Upper.Counter.Prefix + ".Lower", PlantedCycle.Upper.Counter.Prefix + ".Upper"], cycle);
        Assert.Equal(2, planted.Describe(cycle).Count());
    }

    [Fact]
    public void Profiles_depend_on_no_trained_model_and_the_scorer_on_no_profile_builder()
    {
        Assert.DoesNotContain("ColdStart.Engine.Training", Engine.Edges["ColdStart.Engine.Profiles"].Keys);
        Assert.DoesNotContain("ColdStart.Engine.Scoring", Engine.Edges["ColdStart.Engine.Profiles"].Keys);
    }

    [Fact]
    public void Scoring_profiles_and_training_never_reach_the_simulations_hidden_truth()
    {
        foreach (var layer in new[] { "ColdStart.Engine.Scoring", "ColdStart.Engine.Profiles", "ColdStart.Engine.Training" })
        {
            Assert.DoesNotContain("ColdStart.Engine.Simulation", Engine.Edges[layer].Keys);
            Assert.DoesNotContain("ColdStart.Engine.World", Engine.Edges[layer].Keys);
        }
    }
}
