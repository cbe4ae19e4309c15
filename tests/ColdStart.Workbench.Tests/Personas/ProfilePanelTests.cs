using Bunit;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Shared;
using ColdStart.Workbench.Tests.Components;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class ProfilePanelTests : BunitTestBase
{
    internal static readonly Lazy<ModelSnapshot> SmallModel = new(() =>
    {
        var world = SampleWorld.Generate(new SampleWorldOptions(Seed: 5, Items: 200, Users: 300, TargetEvents: 3000, Days: 60));
        var options = TrainingOptions.Default with { Als = new AlsOptions(Factors: 8, Iterations: 3) };
        return SnapshotBuilder.Build(world.Dataset, new WordHashEncoder(16), options);
    });

    [Fact]
    public void Without_a_model_the_panel_says_it_is_waiting()
    {
        var cut = RenderInteractive<ProfilePanel>(p => p
            .Add(c => c.Persona, Persona("tent"))
            .Add(c => c.WaitingMessage, "Training the encoder…"));

        Assert.Contains("Training the encoder…", cut.Find("[data-testid=profile-waiting]").TextContent);
    }

    [Fact]
    public void With_a_model_both_vectors_show_as_strips_with_their_nearest_items_and_the_runtime()
    {
        var snapshot = SmallModel.Value;
        var seed = snapshot.Catalog.Items[0];

        var cut = RenderInteractive<ProfilePanel>(p => p
            .Add(c => c.Persona, Persona(seed.Title, seed.Id))
            .Add(c => c.Snapshot, snapshot));

        var semanticCells = cut.FindAll("[data-testid=profile-semantic-strip] span");
        Assert.Equal(snapshot.Encoder.Dimension, semanticCells.Count);
        Assert.StartsWith("0=", semanticCells[0].GetAttribute("title"));
        Assert.Equal(snapshot.Catalog.Collaborative.Dimension, cut.FindAll("[data-testid=profile-collaborative-strip] span").Count);
        Assert.Equal(5, cut.FindAll("[data-testid=profile-semantic-items] tr").Count);
        Assert.NotEmpty(cut.FindAll("[data-testid=profile-semantic-departments] tr"));
        Assert.NotEmpty(cut.FindAll("[data-testid=profile-semantic-tags] tr"));
        Assert.Contains(cut.FindAll("[data-testid=profile-sources] tr"), r => r.TextContent.Contains(seed.Id, StringComparison.Ordinal));
        Assert.StartsWith($"{snapshot.Encoder.ModelName} on CPU · encoded in", cut.Find("[data-testid=profile-runtime]").TextContent.Trim());
    }

    [Fact]
    public void An_unknown_seed_item_is_shown_as_a_warning()
    {
        var cut = RenderInteractive<ProfilePanel>(p => p
            .Add(c => c.Persona, Persona("tent", "NO-SUCH-ITEM"))
            .Add(c => c.Snapshot, SmallModel.Value));

        Assert.Contains(cut.FindAll("[data-testid=profile-warning]"), w => w.TextContent.Contains("NO-SUCH-ITEM", StringComparison.Ordinal));
    }

    private static Persona Persona(string interests, params string[] seeds) =>
        new("Tester", new Dictionary<string, string> { [UserAttributes.Device] = "mobile" }, interests, seeds, []);
}
