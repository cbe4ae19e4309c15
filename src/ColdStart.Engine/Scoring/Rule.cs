using System.Text.Json.Serialization;

namespace ColdStart.Engine.Scoring;

/// <summary>A merchandising rule applied by the Scorer after blending.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TagRule), "tag")]
[JsonDerivedType(typeof(DepartmentFilter), "department")]
[JsonDerivedType(typeof(PriceFilter), "price")]
[JsonDerivedType(typeof(ExcludeSeenRule), "exclude-seen")]
[JsonDerivedType(typeof(PinRule), "pin")]
[JsonDerivedType(typeof(ItemRule), "item")]
[JsonDerivedType(typeof(BrandRule), "brand")]
[JsonDerivedType(typeof(DepartmentRule), "department-score")]
[JsonDerivedType(typeof(ExplorationRule), "exploration")]
public abstract record Rule;

/// <summary>Boost (positive strength) or bury (negative strength) items carrying <paramref name="Tag"/>; strength is added to the blended score.</summary>
public sealed record TagRule(string Tag, float Strength) : Rule;

/// <summary>Keep only (or, with <paramref name="Exclude"/>, drop) items of the given departments.</summary>
public sealed record DepartmentFilter(IReadOnlyList<string> Departments, bool Exclude = false) : Rule;

/// <summary>Keep only items priced within [Min, Max]; a null bound is open.</summary>
public sealed record PriceFilter(float? Min, float? Max) : Rule;

/// <summary>Drop the profile's seed items (already seen).</summary>
public sealed record ExcludeSeenRule : Rule;

/// <summary>Place the item with external id <paramref name="ItemId"/> at 1-based <paramref name="Position"/>.</summary>
public sealed record PinRule(string ItemId, int Position) : Rule;

/// <summary>
/// Boost (positive strength) or bury (negative strength) the one item with external id <paramref name="ItemId"/> (its
/// SKU); strength is added to its blended score, like <see cref="TagRule"/> but for that item alone.
/// </summary>
public sealed record ItemRule(string ItemId, float Strength) : Rule;

/// <summary>Boost (positive strength) or bury (negative strength) every item of <paramref name="Brand"/> (case-insensitive).</summary>
public sealed record BrandRule(string Brand, float Strength) : Rule;

/// <summary>
/// Boost (positive strength) or bury (negative strength) every item of <paramref name="Department"/> (case-insensitive);
/// unlike <see cref="DepartmentFilter"/> the items stay candidates.
/// </summary>
public sealed record DepartmentRule(string Department, float Strength) : Rule;

/// <summary>
/// Give <paramref name="Share"/> (0–1) of the shown slots to exploration of new items (no interaction in training):
/// Thompson sampling over each new item's click-through, with a Beta prior from its content-predicted score (see
/// <see cref="ExplorationState"/>). 0 leaves the ranking exactly as without the rule. It takes effect only when the
/// caller ranks with an <see cref="Exploration"/> (the simulation, the session page); stored as part of the rules, so
/// strategies stored before it existed read as 0.
/// </summary>
public sealed record ExplorationRule(float Share) : Rule;
