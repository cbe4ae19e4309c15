using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Collaborative;

/// <summary>How much one event of each type counts towards a user–item interaction strength.</summary>
/// <remarks>Defaults: view 1, cart 4, purchase 10. Searches carry no item and always count 0.</remarks>
/// <param name="View">Weight of one view.</param>
/// <param name="Cart">Weight of one add-to-cart.</param>
/// <param name="Purchase">Weight of one purchase.</param>
public sealed record EventWeights(float View = 1, float Cart = 4, float Purchase = 10)
{
    /// <summary>The default weights (view 1, cart 4, purchase 10).</summary>
    public static EventWeights Default { get; } = new();

    /// <summary>The weight of one event of type <paramref name="type"/>; 0 for <see cref="EventType.Search"/>.</summary>
    public float For(EventType type) => type switch
    {
        EventType.View => View,
        EventType.Cart => Cart,
        EventType.Purchase => Purchase,
        EventType.Search => 0f,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown event type."),
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first weight that is negative, NaN or infinite.</summary>
    public void Validate()
    {
        Check(View, nameof(View));
        Check(Cart, nameof(Cart));
        Check(Purchase, nameof(Purchase));
    }

    private static void Check(float value, string name)
    {
        if (!float.IsFinite(value) || value < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"Event weight {name} must be a finite number ≥ 0, got {value}."), name);
        }
    }
}
