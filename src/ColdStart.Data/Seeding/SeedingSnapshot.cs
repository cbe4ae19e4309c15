namespace ColdStart.Data.Seeding;

/// <summary>One immutable reading of <see cref="SeedingStatus"/>.</summary>
/// <param name="State">Current phase.</param>
/// <param name="Message">What is happening, or why it failed.</param>
/// <param name="Percent">Progress in [0, 100], or null while the amount of work is unknown.</param>
public sealed record SeedingSnapshot(SeedingState State, string Message, double? Percent);
