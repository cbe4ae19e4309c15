using ColdStart.Engine.Domain;

namespace ColdStart.Data.Import;

/// <summary>How explicit ratings become implicit events.</summary>
internal static class RatingEvents
{
    /// <summary>Purchase (strong positive) at or above <see cref="ImportOptions.StrongRatingThreshold"/>, otherwise View (weak).</summary>
    public static EventType TypeOf(float rating, ImportOptions options) =>
        rating >= options.StrongRatingThreshold ? EventType.Purchase : EventType.View;
}
