using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Evaluation;

/// <summary>A new-item test case: a user and the held-out items it interacted with positively.</summary>
/// <param name="User">Index of the user (its events on other items stay in training).</param>
/// <param name="Relevant">Held-out items with a positive interaction (see <see cref="PositiveFeedback"/>) by this user.</param>
public sealed record NewItemCase(int User, IReadOnlySet<int> Relevant);
