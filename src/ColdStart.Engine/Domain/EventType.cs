namespace ColdStart.Engine.Domain;

/// <summary>Kind of a shopper event. Ratings from imports become <see cref="View"/> (weak) or <see cref="Purchase"/> (strong positive).</summary>
public enum EventType
{
    View = 0,
    Cart = 1,
    Purchase = 2,
    Search = 3,
}
