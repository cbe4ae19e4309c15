
namespace ColdStart.Engine.Domain;

/// <summary>
/// Which events count as relevant in evaluation: Cart and Purchase. Rating imports only produce View (below the
/// strong-rating threshold) and Purchase (at or above it), so for rating data the relevant events are the strong ratings.
/// </summary>
public static class PositiveFeedback
{
    /// <summary>True for events on an item that signal real interest (Cart, Purchase).</summary>
    public static bool IsPositive(in Event e) => e.Item >= 0 && e.Type is EventType.Cart or EventType.Purchase;
}
