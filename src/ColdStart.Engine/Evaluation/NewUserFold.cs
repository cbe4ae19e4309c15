using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>One fold of a <see cref="NewUserSplit"/>: its test users and the training events of everyone else.</summary>
public sealed class NewUserFold
{
    private readonly bool[] _isTestUser;
    private readonly UserTimeline[] _timelines;

    private NewUserFold(int index, int[] testUsers, Event[] trainingEvents, bool[] isTestUser, UserTimeline[] timelines)
    {
        Index = index;
        TestUsers = testUsers;
        TrainingEvents = trainingEvents;
        _isTestUser = isTestUser;
        _timelines = timelines;
    }

    /// <summary>0-based fold number.</summary>
    public int Index { get; }

    /// <summary>Users tested in this fold, ascending.</summary>
    public IReadOnlyList<int> TestUsers { get; }

    /// <summary>All events of users not tested in this fold, in dataset order; no test user appears here.</summary>
    public IReadOnlyList<Event> TrainingEvents { get; }

    /// <summary>True when <paramref name="user"/> is tested in this fold.</summary>
    public bool IsTestUser(int user) => (uint)user < (uint)_isTestUser.Length && _isTestUser[user];

    /// <summary>
    /// Reveals the first <paramref name="k"/> interactions (item events by time) of a test user and hides its later
    /// positive items; null when the user has ≤ k interactions or no relevant item remains hidden (skip it for this k).
    /// </summary>
    public RevealedUser? Reveal(int user, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (!IsTestUser(user)) throw new ArgumentException($"User {user} is not a test user of fold {Index}.", nameof(user));
        return _timelines[user].Reveal(k);
    }

    internal static NewUserFold Create(int index, Dataset data, int[] foldOf, UserTimeline[] timelines)
    {
        var isTest = new bool[foldOf.Length];
        var testUsers = new List<int>();
        for (var u = 0; u < foldOf.Length; u++)
        {
            if (foldOf[u] != index) continue;
            isTest[u] = true;
            testUsers.Add(u);
        }

        var training = new List<Event>(data.Events.Count);
        foreach (var e in data.Events)
        {
            if (!isTest[e.User]) training.Add(e);
        }

        return new NewUserFold(index, testUsers.ToArray(), training.ToArray(), isTest, timelines);
    }
}
