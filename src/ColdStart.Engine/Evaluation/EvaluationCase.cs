using ColdStart.Engine.Profiles;

namespace ColdStart.Engine.Evaluation;

/// <summary>One test user as every ranker sees it: its profile, what it revealed, what must not be shown, what it took.</summary>
/// <param name="User">Index of the user in the evaluated dataset.</param>
/// <param name="Profile">Built by the fold snapshot's <see cref="Training.ProfileBuilder"/> from the revealed persona; its seen items are <paramref name="Excluded"/>.</param>
/// <param name="Seeds">Revealed item indices (fed to item-kNN).</param>
/// <param name="Excluded">Items no ranker may return: the seeds, and for the new-item protocol every warm item.</param>
/// <param name="Relevant">Hidden items the user later took (positive feedback).</param>
/// <param name="RandomSeed">Seed of this case's random baseline list.</param>
internal sealed record EvaluationCase(int User, Profile Profile, int[] Seeds, IReadOnlySet<int> Excluded, IReadOnlySet<int> Relevant, int RandomSeed);
