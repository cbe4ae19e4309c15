using System.Numerics.Tensors;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Engine.Tests.Training;

[Collection(SampleModelCollection.Name)]
public class SnapshotTests(SampleModelFixture fixture)
{
    [Fact]
    public void Personas_get_items_of_their_departments()
    {
        var personas = SamplePersonas.For(fixture.World.Dataset);
        var outdoor = personas.Single(p => p.Name.Contains("Outdoor", StringComparison.Ordinal));
        var result = fixture.Snapshot.Rank(outdoor, Strategy.Balanced, 20);
        int outdoorItems = result.Items.Count(i => i.Item.Department == "Outdoor");
        Assert.True(outdoorItems >= 10, $"only {outdoorItems} of 20 results are Outdoor items: {string.Join(", ", result.Items.Select(i => i.Item.Department))}");
    }

    [Fact]
    public void Encoder_places_items_nearer_their_collaborative_vectors_than_a_shuffled_baseline()
    {
        var snapshot = fixture.Snapshot;
        var warm = Enumerable.Range(0, snapshot.Catalog.Count).Where(i => !snapshot.ColdItems[i]).ToArray();
        // Text vectors mapped into the collaborative space vs the item's own ALS row, compared to a shuffled pairing.
        var shuffled = warm.OrderBy(i => (i * 7919) % warm.Length).ToArray();
        double own = 0, other = 0;
        for (int n = 0; n < warm.Length; n++)
        {
            var predicted = snapshot.TextToItem.Apply(snapshot.Catalog.Semantic.Row(warm[n]));
            own += Cosine(predicted, snapshot.Collaborative.ItemVector(warm[n]));
            other += Cosine(predicted, snapshot.Collaborative.ItemVector(shuffled[n]));
        }
        own /= warm.Length;
        other /= warm.Length;
        Assert.True(own > other + 0.2, $"own {own:0.000} vs shuffled {other:0.000}");
    }

    [Fact]
    public void Cold_items_get_collaborative_vectors_predicted_from_text()
    {
        var snapshot = fixture.Snapshot;
        var cold = Enumerable.Range(0, snapshot.Catalog.Count).Where(i => snapshot.ColdItems[i]).ToArray();
        Assert.NotEmpty(cold);
        Assert.All(cold, i => Assert.True(TensorPrimitives.Norm(snapshot.Catalog.Collaborative.Row(i)) > 0));
        var predicted = snapshot.TextToItem.Apply(snapshot.Catalog.Semantic.Row(cold[0]));
        Assert.Equal(predicted, snapshot.Catalog.Collaborative.Row(cold[0]).ToArray());
    }

    [Fact]
    public void Rebuilding_with_other_ALS_settings_retrains_the_collaborative_model_and_keeps_the_item_encodings()
    {
        var snapshot = fixture.Snapshot;
        var options = snapshot.Options with { Als = snapshot.Options.Als with { Factors = 8, Regularization = 10f, Iterations = 3 } };

        var rebuilt = SnapshotBuilder.Rebuild(snapshot, options);

        Assert.Equal((8, 8), (rebuilt.Collaborative.Factors, rebuilt.Catalog.Collaborative.Dimension));
        Assert.Equal(options, rebuilt.Options);
        Assert.Same(snapshot.Catalog.Semantic, rebuilt.Catalog.Semantic);
        int cold = Array.IndexOf(rebuilt.ColdItems, true);
        Assert.Equal(rebuilt.TextToItem.Apply(rebuilt.Catalog.Semantic.Row(cold)), rebuilt.Catalog.Collaborative.Row(cold).ToArray());
        var persona = SamplePersonas.For(fixture.World.Dataset)[0];
        Assert.Equal(10, rebuilt.Rank(persona, Strategy.Balanced, 10).Items.Count);
        // Other settings alone keep the trained model.
        Assert.Same(snapshot.Collaborative, SnapshotBuilder.Rebuild(snapshot, snapshot.Options with { PopularityHalfLifeDays = 7f }).Collaborative);
    }

    [Fact]
    public void The_collaborative_vector_alone_equals_the_full_profiles_with_the_text_encoded_once()
    {
        var snapshot = fixture.Snapshot;
        foreach (var persona in SamplePersonas.For(fixture.World.Dataset))
        {
            var text = ProfileBuilder.PriorText(snapshot.Encoder, persona);
            Assert.Equal(snapshot.Profiles.Build(persona).Collaborative, snapshot.Profiles.CollaborativeOnly(persona, text));
        }
    }

    [Fact]
    public void Tag_edit_re_encodes_the_item_and_moves_it_for_a_matching_persona()
    {
        var snapshot = fixture.Snapshot;
        var persona = new Persona("Tent buyer", new Dictionary<string, string>(), "lightweight camping tent for hiking trips", [], ["tent"]);
        var before = snapshot.Rank(persona, Strategy.SemanticOnly, snapshot.Catalog.Count);
        var target = before.Items[^1];
        var edited = target.Item with { Tags = [.. target.Item.Tags, "tent", "camping", "hiking", "lightweight"] };
        var after = snapshot.WithItem(edited).Rank(persona, Strategy.SemanticOnly, snapshot.Catalog.Count);
        int rankAfter = after.Items.Single(i => i.Index == target.Index).Rank;
        Assert.True(rankAfter < target.Rank, $"rank {target.Rank} → {rankAfter}");
        Assert.Equal(snapshot.Catalog.Count, after.Items.Count);
    }

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float na = TensorPrimitives.Norm(a), nb = TensorPrimitives.Norm(b);
        return na == 0 || nb == 0 ? 0 : TensorPrimitives.Dot(a, b) / (na * nb);
    }
}
