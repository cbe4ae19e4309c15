using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

public sealed partial class Evaluator
{
    /// <summary>
    /// Held-out items: train without any event on a share of the items (their collaborative rows are then predicted from
    /// their text by the snapshot), and rank only those items for each user who took one. The user reveals its attributes,
    /// its latest <see cref="EvaluationOptions.NewItemSeeds"/> training items and latest searches; every warm item is excluded,
    /// so the lists show how the new items are ordered against each other.
    /// </summary>
    private void RunNewItem(Dataset data, RunState run, CancellationToken ct)
    {
        var split = NewItemSplit.Create(data, Options.NewItemShare, Options.Seed);
        var training = FoldData.ForNewItems(data, split);
        run.Report($"New item: training without {split.HeldOutItems.Count:N0} held-out items");
        using var model = TrainFold(training, run, ct);
        var context = Context(model, training);
        var warm = new HashSet<int>(Enumerable.Range(0, data.Items.Count).Where(i => !split.IsHeldOut(i)));
        var warmList = warm.Order().ToArray();
        var history = UserHistory.From(split.TrainingEvents, data.Users.Count);
        run.Report($"New item: ranking {split.HeldOutItems.Count:N0} new items for {split.Cases.Count:N0} users");
        var outcomes = RankCases(context, split.Cases.Count, 1,
            (slot, _) => NewItemCase(data, context, split.Cases[slot], history, warm, warmList), run, ct);
        run.Outcomes.Add(EvaluationProtocol.NewItem, null, data.Items.Count, split.HeldOutItems.Count, outcomes[0]);
    }

    private EvaluationCase NewItemCase(Dataset data, FoldContext context, NewItemCase testCase, UserHistory history,
        HashSet<int> warm, int[] warmList)
    {
        int user = testCase.User;
        var seeds = history.LatestItems(user, Options.NewItemSeeds);
        var seedIds = Array.ConvertAll(seeds, i => data.Items[i].Id);
        var persona = new Persona($"Test user {data.Users[user].Id}", data.Users[user].Attributes, "", seedIds,
            history.LatestQueries(user, UserHistory.MaxQueries));
        var profile = context.Snapshot.Profiles.Build(persona) with { SeenItems = warmList };
        return new EvaluationCase(user, profile, seeds, warm, testCase.Relevant,
            CaseSeed(Options.Seed, EvaluationProtocol.NewItem, 0, user, 0));
    }
}
