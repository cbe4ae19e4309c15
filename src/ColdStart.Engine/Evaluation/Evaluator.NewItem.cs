using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

public sealed partial class Evaluator
{
    /// <summary>
    /// Held-out items: train without any event on a share of the items (their collaborative rows are then predicted from
    /// their text by the snapshot), and for each user who took one rank <b>every</b> item the user has not interacted with
    /// in training — established items included, ties broken by a hash of the item index, never by catalog order. The
    /// user reveals its attributes, its latest <see cref="EvaluationOptions.NewItemSeeds"/> training items and latest
    /// searches; relevant = the held-out items it took. So a row scores well only if it puts the right new items above
    /// the established ones a user would otherwise be shown.
    /// </summary>
    private void RunNewItem(Dataset data, RunState run, CancellationToken ct)
    {
        var split = NewItemSplit.Create(data, Options.NewItemShare, Options.Seed);
        var training = FoldData.ForNewItems(data, split);
        run.Report($"New item: training without {split.HeldOutItems.Count:N0} held-out items");
        using var model = TrainFold(training, run, ct);
        var context = Context(model, training, "New item", run, ct, newItems: true);
        var history = UserHistory.From(split.TrainingEvents, data.Users.Count);
        run.Report($"New item: ranking the catalog for {split.Cases.Count:N0} users who took one of {split.HeldOutItems.Count:N0} new items");
        var auc = new ItemAuc(split.HeldOutItems, split.Cases, data.Items.Count, _rankers.Length);
        var outcomes = RankCases(context, split.Cases.Count, 1,
            (slot, _) => NewItemCase(data, context, split.Cases[slot], history), run, ct,
            (slot, testCase) =>
            {
                for (int r = 0; r < _rankers.Length; r++) auc.Record(r, slot, _rankers[r].Order(context, testCase));
            });
        run.Outcomes.Add(EvaluationProtocol.NewItem, null, data.Items.Count, data.Items.Count, outcomes[0]);
        run.Outcomes.Find(EvaluationProtocol.NewItem, null)!.ItemAuc = Enumerable.Range(0, _rankers.Length).Select(auc.PerItem).ToArray();
    }

    private EvaluationCase NewItemCase(Dataset data, FoldContext context, NewItemCase testCase, UserHistory history)
    {
        int user = testCase.User;
        var seeds = history.LatestItems(user, Options.NewItemSeeds);
        var seen = history.AllItems(user);
        var seedIds = Array.ConvertAll(seeds, i => data.Items[i].Id);
        var persona = new Persona($"Test user {data.Users[user].Id}", data.Users[user].Attributes, "", seedIds,
            history.LatestQueries(user, UserHistory.MaxQueries));
        var profile = context.Snapshot.Profiles.Build(persona) with { SeenItems = seen };
        return new EvaluationCase(user, profile, seeds, new HashSet<int>(seen), testCase.Relevant,
            CaseSeed(Options.Seed, EvaluationProtocol.NewItem, 0, user, 0));
    }
}
