using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

public sealed partial class Evaluator
{
    /// <summary>
    /// Leave-users-out: per fold, train on the other users only, then for each test user and k reveal its attributes,
    /// first k interactions and the searches typed before them as a persona, build its profile with the fold snapshot and
    /// rank every item but the revealed ones; relevant = its later positive items.
    /// </summary>
    private void RunNewUser(Dataset data, RunState run, CancellationToken ct)
    {
        var split = NewUserSplit.Create(data, Options.Folds, Options.Seed);
        var ks = Options.KValues;
        foreach (var fold in split.Folds)
        {
            string name = $"New user, fold {fold.Index + 1}/{split.Folds.Count}";
            var training = FoldData.ForNewUsers(data, fold);
            run.Report($"{name}: training on {training.Users.Count:N0} users, {training.Events.Count:N0} events");
            using var model = TrainFold(training, run, ct);
            var context = Context(model, training, name, run, ct);
            run.Report($"{name}: ranking for {fold.TestUsers.Count:N0} test users × {ks.Count} k");
            var outcomes = RankCases(context, fold.TestUsers.Count, ks.Count,
                (slot, k) => NewUserCase(data, context, fold, fold.TestUsers[slot], ks[k]), run, ct);
            for (int k = 0; k < ks.Count; k++) run.Outcomes.Add(EvaluationProtocol.NewUser, ks[k], data.Items.Count, data.Items.Count, outcomes[k]);
        }
    }

    private EvaluationCase? NewUserCase(Dataset data, FoldContext context, NewUserFold fold, int user, int k)
    {
        if (fold.Reveal(user, k) is not { } revealed) return null;
        var seedIds = new string[revealed.RevealedItems.Length];
        for (int i = 0; i < seedIds.Length; i++) seedIds[i] = data.Items[revealed.RevealedItems[i]].Id;
        var persona = new Persona($"Test user {data.Users[user].Id}", data.Users[user].Attributes, "", seedIds, [.. revealed.Queries]);
        var profile = context.Snapshot.Profiles.Build(persona) with { SeenItems = revealed.RevealedItems };
        return new EvaluationCase(user, profile, revealed.RevealedItems, new HashSet<int>(revealed.RevealedItems), revealed.Relevant,
            CaseSeed(Options.Seed, EvaluationProtocol.NewUser, fold.Index, user, k));
    }
}
