using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Comparison;

public sealed class TagEditPreviewTests(TagEditPreviewTests.Model model) : IClassFixture<TagEditPreviewTests.Model>
{
    /// <summary>
    /// Twenty made-up words no generated item carries: with the word-hash encoder, an item tagged with all of them comes
    /// nearer this persona (and another such item) than the words it shares with items of its own type.
    /// </summary>
    private static readonly string[] Planted = [.. Enumerable.Range(0, 20).Select(i => "zorb" + (char)('a' + i))];

    private static readonly Persona Seeker = new("Zorb seeker", new Dictionary<string, string>(), string.Join(' ', Planted), [], []);

    [Fact]
    public void A_tag_edit_that_makes_the_item_enter_a_personas_list_is_reported_with_its_rank()
    {
        var live = model.Snapshot;
        var target = FirstOutside(live, Seeker, 10);

        var impact = Preview(live, target.Id, [.. target.Tags, .. Planted], [Seeker, model.Personas[0]], Strategy.SemanticOnly);

        var seeker = impact.Personas[0];
        Assert.True(seeker.Changed);
        Assert.Null(seeker.ItemBefore);
        Assert.NotNull(seeker.ItemAfter);
        var entered = Assert.Single(seeker.Change.Entered, e => e.ItemId == target.Id);
        Assert.Equal(seeker.ItemAfter, entered.After);
        Assert.Equal(seeker.Change.Entered.Count, seeker.Change.Left.Count);
        Assert.Equal(10, seeker.Length);
        Assert.Equal(impact.Personas.Count(p => p.ItemAfter is not null), impact.Exposure.ListsWithItemAfter);
        Assert.Equal(impact.Personas.Sum(p => p.NewAfter), impact.Exposure.NewAfter);
        Assert.Equal([.. target.Tags, .. Planted], impact.After.Tags);
        Assert.Same(live, impact.Basis);
    }

    [Fact]
    public void Cancelling_a_preview_leaves_the_live_snapshot_as_it_was()
    {
        var live = model.Snapshot;
        var target = FirstOutside(live, Seeker, 10);
        int index = live.Catalog.ItemById[target.Id];
        var rowBefore = live.Catalog.Semantic.Row(index).ToArray();
        var listBefore = Ids(live.Rank(Seeker, Strategy.SemanticOnly, 10));

        var impact = Preview(live, target.Id, [.. Planted], [Seeker], Strategy.SemanticOnly);

        Assert.NotSame(live, impact.Candidate);
        Assert.Same(target, live.Catalog.Items[index]);
        Assert.Same(target, live.Dataset.Items[index]);
        Assert.Equal(rowBefore, live.Catalog.Semantic.Row(index).ToArray());
        Assert.Equal(listBefore, Ids(live.Rank(Seeker, Strategy.SemanticOnly, 10)));
        Assert.NotEqual(rowBefore, impact.Candidate.Catalog.Semantic.Row(index).ToArray());
    }

    [Fact]
    public void Saving_the_preview_gives_exactly_the_previewed_lists_and_a_re_derivation_gives_the_same_model()
    {
        var live = model.Snapshot;
        var target = FirstOutside(live, Seeker, 10);
        List<Persona> personas = [Seeker, .. model.Personas];

        var impact = Preview(live, target.Id, [.. target.Tags, .. Planted], personas, Strategy.Balanced);

        // The candidate is what a save swaps in: its rankings are the "after" side of every persona's diff.
        foreach (var (persona, entry) in personas.Zip(impact.Personas))
        {
            var before = Ids(live.Rank(persona, Strategy.Balanced, 10));
            var after = Ids(impact.Candidate.Rank(persona, Strategy.Balanced, 10));
            var expected = ListDiff.Of([.. before.Select(Item)], [.. after.Select(Item)]);
            Assert.Equal(expected.Entered, entry.Change.Entered);
            Assert.Equal(expected.Left, entry.Change.Left);
            Assert.Equal(expected.Moved, entry.Change.Moved);
            Assert.Equal(expected.Kept, entry.Change.Kept);
        }
        // The same derivation from the same live snapshot (the save path when the model moved on) is the same model.
        var again = live.WithItem(impact.After);
        int index = live.Catalog.ItemById[target.Id];
        Assert.Equal(impact.Candidate.Catalog.Semantic.Row(index).ToArray(), again.Catalog.Semantic.Row(index).ToArray());
        Assert.Equal(impact.Candidate.Catalog.Collaborative.Row(index).ToArray(), again.Catalog.Collaborative.Row(index).ToArray());
        foreach (var persona in personas)
            Assert.Equal(Scores(impact.Candidate.Rank(persona, Strategy.Balanced, 10)), Scores(again.Rank(persona, Strategy.Balanced, 10)));
    }

    [Fact]
    public void The_items_new_nearest_neighbours_include_an_item_sharing_the_new_tags()
    {
        var target = FirstOutside(model.Snapshot, Seeker, 10);
        var partnerItem = model.Snapshot.Catalog.Items.First(i => i.Id != target.Id && i.Department != target.Department);
        var live = model.Snapshot.WithItem(partnerItem with { Tags = Planted });

        var impact = Preview(live, target.Id, Planted, [Seeker], Strategy.SemanticOnly);

        Assert.DoesNotContain(impact.Neighbours.Before, n => n.ItemId == partnerItem.Id);
        Assert.Equal(partnerItem.Id, impact.Neighbours.After[0].ItemId);
        Assert.Contains(impact.Neighbours.Change.Entered, e => e.ItemId == partnerItem.Id && e.After == 1);
        Assert.Equal(5, impact.Neighbours.After.Count);
        Assert.DoesNotContain(impact.Neighbours.After, n => n.ItemId == target.Id);
    }

    [Fact]
    public void An_unknown_item_is_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => Preview(model.Snapshot, "NO-SUCH-SKU", ["x"], [Seeker], Strategy.Balanced));

        Assert.Contains("NO-SUCH-SKU", ex.Message, StringComparison.Ordinal);
    }

    private static TagEditImpact Preview(ModelSnapshot live, string itemId, IReadOnlyList<string> tags, List<Persona> personas, Strategy strategy) =>
        TagEditPreview.Compute(live, new TagEditRequest(itemId, tags, personas, strategy, TopN: 10, Neighbours: 5));

    /// <summary>An item outside the persona's top <paramref name="n"/> under Semantic only and under Balanced.</summary>
    private static Item FirstOutside(ModelSnapshot snapshot, Persona persona, int n)
    {
        var shown = Ids(snapshot.Rank(persona, Strategy.SemanticOnly, n)).Concat(Ids(snapshot.Rank(persona, Strategy.Balanced, n))).ToHashSet();
        return snapshot.Catalog.Items.First(i => !shown.Contains(i.Id));
    }

    private Item Item(string id) => model.Snapshot.Catalog.Items[model.Snapshot.Catalog.ItemById[id]];

    private static List<string> Ids(RankResult result) => [.. result.Items.Select(i => i.Item.Id)];

    private static List<(string, float)> Scores(RankResult result) => [.. result.Items.Select(i => (i.Item.Id, i.Score))];

    /// <summary>A small sample world with the word-hash encoder: fast, deterministic, and words decide text similarity.</summary>
    public sealed class Model : IDisposable
    {
        private readonly WordHashEncoder _encoder = new(64);

        public Model()
        {
            var world = SampleWorld.Generate(new SampleWorldOptions(Seed: 7, Items: 240, Users: 400, TargetEvents: 4000, Days: 40));
            var options = TrainingOptions.Default with { Als = TrainingOptions.Default.Als with { Factors = 8, Iterations = 4 } };
            Snapshot = SnapshotBuilder.Build(world.Dataset, _encoder, options);
            Personas = SamplePersonas.For(world.Dataset);
        }

        public ModelSnapshot Snapshot { get; }
        public IReadOnlyList<Persona> Personas { get; }

        public void Dispose() => _encoder.Dispose();
    }
}
