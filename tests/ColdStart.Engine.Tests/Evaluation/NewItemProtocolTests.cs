using ColdStart.Engine.Training;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Evaluation;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;

namespace ColdStart.Engine.Tests.Evaluation;

public class NewItemProtocolTests
{
    private static readonly EvaluationOptions Options = new()
    {
        Protocols = [EvaluationProtocol.NewItem],
        Strategies = [Strategy.Balanced],
        BootstrapResamples = 200,
        Training = EvaluationFixture.Training,
        Tuning = null,
    };

    [Fact]
    public void Shuffling_the_catalog_file_does_not_change_what_the_new_item_protocol_measures()
    {
        var data = SampleWorld.Generate(new SampleWorldOptions(Seed: 11, Items: 400, Users: 600, TargetEvents: 15_000, Days: 60)).Dataset;
        var reversed = Reversed(data);
        var a = new Evaluator(Options, new FoldTrainer(Options.Training, new WordHashEncoder())).Run(data);
        var b = new Evaluator(Options, new FoldTrainer(Options.Training, new WordHashEncoder())).Run(reversed);

        // A reversed file holds out other items (the split draws positions), so only expectations can agree: every row
        // must agree within its bootstrap intervals. Under file-order tie-breaking popularity would not.
        foreach (var row in a.Rows)
        {
            var other = b.Find(row.Strategy, EvaluationProtocol.NewItem)!;
            var (x, y) = (row.Metrics[MetricNames.Ndcg], other.Metrics[MetricNames.Ndcg]);
            Assert.True(Math.Abs(x.Mean - y.Mean) <= x.Width / 2 + y.Width / 2 + 1e-6,
                $"{row.Strategy}: NDCG@10 {x.Mean:0.000} on the file as given, {y.Mean:0.000} reversed.");
        }
        // Items without training events tie on popularity; they are never listed above established items by file order.
        Assert.All(a.Rows.Where(r => r.Strategy == Baselines.GlobalPopularity), r => Assert.Equal(0, r.Metrics[MetricNames.NewItems].Mean, 3));
    }

    [Fact]
    public void Every_unseen_item_is_ranked_new_and_established_alike()
    {
        var data = SampleWorld.Generate(new SampleWorldOptions(Seed: 12, Items: 400, Users: 600, TargetEvents: 15_000, Days: 60)).Dataset;
        var report = new Evaluator(Options, new FoldTrainer(Options.Training, new WordHashEncoder())).Run(data);
        var random = report.Find(Baselines.Random, EvaluationProtocol.NewItem)!;
        // A uniform list over every unseen item gives new items about their share of the catalog (10 % held out).
        Assert.InRange(random.Metrics[MetricNames.NewItems].Mean, 0.05, 0.2);
        Assert.Contains(report.Notes, n => n.Contains("established items included", StringComparison.Ordinal));
    }

    [Fact]
    public void The_per_item_auc_is_a_half_for_random_and_popularity_and_above_it_for_a_content_aware_ranker()
    {
        var data = SampleWorld.Generate(new SampleWorldOptions(Seed: 12, Items: 400, Users: 600, TargetEvents: 15_000, Days: 60)).Dataset;
        var report = new Evaluator(Options, new FoldTrainer(Options.Training, new WordHashEncoder())).Run(data);
        var random = report.Find(Baselines.Random, EvaluationProtocol.NewItem)!.Metrics[MetricNames.ItemAuc];
        // Popularity ties every new item, so among the new items every user sees the same order: no item is routed to anyone.
        Assert.Equal(0.5, report.Find(Baselines.GlobalPopularity, EvaluationProtocol.NewItem)!.Metrics[MetricNames.ItemAuc].Mean, 6);
        var content = report.Find(Baselines.TfIdfContent.Name, EvaluationProtocol.NewItem)!.Metrics[MetricNames.ItemAuc];
        Assert.InRange(0.5, random.Lower, random.Upper);
        Assert.True(content.Lower > 0.5, $"TF-IDF content item AUC {content.Mean:0.000} [{content.Lower:0.000}, {content.Upper:0.000}] should beat chance.");
        // The new-user rows have no per-item AUC: it measures who a new item is shown to.
        Assert.DoesNotContain(report.Rows, r => r.Protocol == EvaluationProtocol.NewUser && r.Metrics.ContainsKey(MetricNames.ItemAuc));
    }

    [Theory]
    [InlineData(new float[] { 0.9f, 0.8f, 0.1f, 0.2f }, new[] { true, true, false, false }, 1.0)]
    [InlineData(new float[] { 0.1f, 0.2f, 0.9f, 0.8f }, new[] { true, true, false, false }, 0.0)]
    [InlineData(new float[] { 0.5f, 0.5f, 0.5f }, new[] { true, false, false }, 0.5)]
    [InlineData(new float[] { 0.9f, 0.3f, 0.5f, 0.1f }, new[] { true, true, false, false }, 0.75)] // pairs: (.9>.5,.9>.1,.3<.5,.3>.1) = 3/4
    [InlineData(new float[] { 0.5f, 0.5f, 0.1f }, new[] { true, false, false }, 0.75)] // tie with one negative counts half: (0.5 + 1) / 2
    public void Auc_is_the_share_of_correctly_ordered_pairs_ties_counting_half(float[] scores, bool[] positive, double expected) =>
        Assert.Equal(expected, ItemAuc.Auc(scores, positive)!.Value, 10);

    [Fact]
    public void Auc_is_undefined_without_both_classes() =>
        Assert.Null(ItemAuc.Auc(new float[] { 0.1f, 0.2f }, new[] { true, true }));

    /// <summary>The same world with the catalog in reverse file order (events re-pointed).</summary>
    private static Dataset Reversed(Dataset data)
    {
        int n = data.Items.Count;
        var items = data.Items.Reverse().ToArray();
        var events = data.Events.Select(e => e.Item >= 0 ? e with { Item = n - 1 - e.Item } : e).ToArray();
        return data with { Items = items, Events = events };
    }
}
