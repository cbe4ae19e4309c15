using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Leave-users-out cross-validation for the new-user protocol: eligible users are shuffled with a seed and dealt
/// into folds; each fold trains on every event of the other users and tests its own users by revealing their
/// first k interactions. Eligible = users with positive interactions (<see cref="PositiveFeedback"/>) on at least
/// <see cref="MinPositiveItems"/> distinct items, so something stays hidden after revealing one.
/// </summary>
public sealed class NewUserSplit
{
    /// <summary>Distinct positively-interacted items a user needs to be a test user.</summary>
    public const int MinPositiveItems = 2;

    private NewUserSplit(int[] eligibleUsers, NewUserFold[] folds)
    {
        EligibleUsers = eligibleUsers;
        Folds = folds;
    }

    /// <summary>Users that may be tested, ascending; the folds partition them.</summary>
    public IReadOnlyList<int> EligibleUsers { get; }

    /// <summary>The folds; fold f tests <see cref="NewUserFold.TestUsers"/> and trains on all other users.</summary>
    public IReadOnlyList<NewUserFold> Folds { get; }

    /// <summary>Deals the eligible users of <paramref name="data"/> into <paramref name="folds"/> folds.</summary>
    /// <remarks>Defaults: 5 folds, seed 42. Fold sizes differ by at most one.</remarks>
    public static NewUserSplit Create(Dataset data, int folds = 5, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var timelines = UserTimeline.All(data);
        var eligible = new List<int>();
        foreach (var timeline in timelines)
        {
            if (timeline.PositiveItemCount() >= MinPositiveItems) eligible.Add(timeline.User);
        }

        if (eligible.Count < folds)
            throw new ArgumentException(
                $"Only {eligible.Count} users have positive interactions on {MinPositiveItems}+ items; {folds} folds need at least {folds}.",
                nameof(data));

        var shuffled = eligible.ToArray();
        new Random(seed).Shuffle(shuffled);
        var foldOf = new int[data.Users.Count];
        Array.Fill(foldOf, -1);
        for (var i = 0; i < shuffled.Length; i++) foldOf[shuffled[i]] = i % folds;

        var result = new NewUserFold[folds];
        for (var f = 0; f < folds; f++) result[f] = NewUserFold.Create(f, data, foldOf, timelines);
        return new NewUserSplit(eligible.ToArray(), result);
    }
}
