using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// What a new-user test case shows the recommender and what it must find. Revealed and relevant items are disjoint.
/// </summary>
/// <param name="User">Index of the test user (its attributes are revealed too).</param>
/// <param name="K">How many interactions were revealed.</param>
/// <param name="Revealed">The user's first <paramref name="K"/> item events by time.</param>
/// <param name="RevealedItems">Distinct items of <paramref name="Revealed"/>, in time order; rank all items except these.</param>
/// <param name="Queries">Search queries typed before the K-th revealed interaction (none when K = 0).</param>
/// <param name="Relevant">Hidden relevant items: later positive interactions (see <see cref="PositiveFeedback"/>) on items not revealed.</param>
public sealed record RevealedUser(
    int User,
    int K,
    IReadOnlyList<Event> Revealed,
    int[] RevealedItems,
    IReadOnlyList<string> Queries,
    IReadOnlySet<int> Relevant);
