using ColdStart.Engine.Evaluation;

namespace ColdStart.Engine.Tests.Evaluation;

[Collection(EvaluationCollection.Name)]
public class EvaluatorTests(EvaluationFixture fixture)
{
    [Fact]
    public void New_user_folds_train_without_any_trace_of_their_test_users()
    {
        var split = NewUserSplit.Create(fixture.Data, EvaluationFixture.Options.Folds, EvaluationFixture.Options.Seed);
        Assert.Equal(split.Folds.Count + 1, fixture.Trainer.TrainingSets.Count); // folds, then the new-item training set
        foreach (var fold in split.Folds)
        {
            var training = fixture.Trainer.TrainingSets[fold.Index];
            var testIds = fold.TestUsers.Select(u => fixture.Data.Users[u].Id).ToHashSet();
            Assert.Equal(fixture.Data.Users.Count - fold.TestUsers.Count, training.Users.Count);
            Assert.DoesNotContain(training.Users, u => testIds.Contains(u.Id));
            Assert.All(training.Events, e => Assert.DoesNotContain(training.Users[e.User].Id, testIds));
            Assert.Equal(fixture.Data.Events.Count(e => !fold.IsTestUser(e.User)), training.Events.Count);
            Assert.Same(fixture.Data.Items, training.Items);
            // The fold's tuning trains inner models (and their encoders) on subsets of the training side only.
            var inner = fixture.Trainer.AllTrainingSets.Where(d => d.Name.StartsWith(training.Name + " (tuning)", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(inner);
            Assert.All(inner, d => Assert.DoesNotContain(d.Users, u => testIds.Contains(u.Id)));
            Assert.All(inner, d => Assert.True(d.Users.Count < training.Users.Count));
        }
    }

    [Fact]
    public void New_item_training_has_no_event_on_a_held_out_item()
    {
        var split = NewItemSplit.Create(fixture.Data, EvaluationFixture.Options.NewItemShare, EvaluationFixture.Options.Seed);
        var training = fixture.Trainer.TrainingSets[^1];
        Assert.NotEmpty(split.HeldOutItems);
        Assert.DoesNotContain(training.Events, e => split.IsHeldOut(e.Item));
        Assert.Equal(fixture.Data.Users.Count, training.Users.Count);
        Assert.All(split.HeldOutItems, i => Assert.True(fixture.Trainer.Snapshots[^1].ColdItems[i]));
    }

    [Fact]
    public void Every_baseline_and_strategy_has_a_row_with_every_metric_at_every_k()
    {
        var names = new Evaluator(EvaluationFixture.Options).RowNames;
        Assert.Equal([.. Baselines.Names, "Balanced"], names);
        var keys = EvaluationFixture.Options.KValues.Select(k => (EvaluationProtocol.NewUser, (int?)k)).Append((EvaluationProtocol.NewItem, null));
        foreach (var (protocol, k) in keys)
            foreach (var name in names)
            {
                var row = fixture.Report.Find(name, protocol, k);
                Assert.NotNull(row);
                Assert.True(row.Users > 0);
                // The per-item AUC is a new-item measure: present in those rows only.
                var expected = MetricNames.All.Where(m => protocol == EvaluationProtocol.NewItem || m != MetricNames.ItemAuc);
                Assert.Equal(expected.Order(StringComparer.Ordinal), row.Metrics.Keys.Order(StringComparer.Ordinal));
                Assert.All(row.Metrics.Values, m => Assert.InRange(m.Mean, m.Lower, m.Upper));
            }
        Assert.Equal((3 + 1) * names.Count, fixture.Report.Rows.Count);
    }

    [Fact]
    public void Balanced_beats_random_at_every_k()
    {
        foreach (var k in EvaluationFixture.Options.KValues)
        {
            var balanced = fixture.Report.Find("Balanced", EvaluationProtocol.NewUser, k)!.Metrics[MetricNames.Ndcg];
            var random = fixture.Report.Find(Baselines.Random, EvaluationProtocol.NewUser, k)!.Metrics[MetricNames.Ndcg];
            Assert.True(balanced.Lower > random.Upper, $"k = {k}: Balanced {balanced} vs random {random}");
        }
    }

    [Fact]
    public void Item_knn_without_revealed_items_is_global_popularity()
    {
        var knn = fixture.Report.Find(Baselines.ItemKnn, EvaluationProtocol.NewUser, 0)!;
        var popularity = fixture.Report.Find(Baselines.GlobalPopularity, EvaluationProtocol.NewUser, 0)!;
        Assert.Equal(popularity.Metrics, knn.Metrics);
        Assert.NotEqual(popularity.Mean(MetricNames.Ndcg), fixture.Report.Find(Baselines.ItemKnn, EvaluationProtocol.NewUser, 1)!.Mean(MetricNames.Ndcg));
    }

    [Fact]
    public void Report_survives_a_json_round_trip()
    {
        var copy = EvaluationReport.FromJson(fixture.Report.ToJson());
        Assert.Equal(fixture.Report.Rows.Count, copy.Rows.Count);
        for (int r = 0; r < copy.Rows.Count; r++)
        {
            Assert.Equal(fixture.Report.Rows[r] with { Metrics = copy.Rows[r].Metrics }, copy.Rows[r]);
            Assert.Equal(fixture.Report.Rows[r].Metrics, copy.Rows[r].Metrics);
        }
        Assert.Equal(fixture.Report.Options.KValues, copy.Options.KValues);
        Assert.Equal("Balanced", copy.Options.Strategies.Single().Name);
        Assert.Contains("\"Protocol\": \"NewItem\"", fixture.Report.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_and_notes_describe_the_run()
    {
        var timings = fixture.Report.Timings;
        Assert.True(timings.TrainingSeconds > 0 && timings.RankingSeconds > 0);
        // Bookkeeping, not speed: training and ranking are parts of the whole run, so their sum cannot exceed it.
        double parts = timings.TrainingSeconds + timings.RankingSeconds;
        Assert.False(parts > timings.TotalSeconds, $"training + ranking ({parts:0.00} s) exceed the whole run ({timings.TotalSeconds:0.00} s)");
        Assert.Contains(fixture.Report.Notes, n => n.Contains("at k = 0 it is global popularity", StringComparison.Ordinal));
        Assert.Equal(fixture.Data.Items.Count, fixture.Report.Items);
    }
}
