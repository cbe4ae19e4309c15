namespace ColdStart.Engine.Neighbours;

/// <summary>Settings of the item-to-item neighbour model (see <see cref="ItemNeighbours"/>).</summary>
/// <param name="Neighbours">Neighbours kept per item (top N by similarity, ≥ 1).</param>
/// <param name="Shrink">Shrinkage added to the cosine's denominator (≥ 0): pairs seen together only by a few users count less.</param>
/// <param name="PositivesOnly">Build from positive interactions (cart, purchase, strong ratings) only; false uses every item event.</param>
/// <param name="Method">Shrunk cosine, or RP3beta's random-walk similarity (then <paramref name="Alpha"/> and <paramref name="Beta"/> apply, shrink does not).</param>
/// <param name="Alpha">RP3beta: exponent of the transition probabilities.</param>
/// <param name="Beta">RP3beta: popularity penalty, the target item's degree to the power −β.</param>
/// <param name="RecencyDecay">At query time, the i-th most recent seed counts RecencyDecay^i (1 = all seeds count the same).</param>
/// <param name="Lambda">EASE: the ridge λ added to the Gram matrix's diagonal (&gt; 0).</param>
/// <param name="Content">
/// EASE: weight w of the items' text in the Gram matrix, G = XᵀX + w·FᵀF + λI with F the items' unit TF-IDF rows
/// (every word acts as a pseudo-user who "took" the items containing it; Jeunen et al. 2020, "Closed-form models for
/// collaborative filtering with side-information"), so items with few interactions borrow neighbours from items that
/// read alike. 0 = interactions only. Needs the items' text (<see cref="ItemNeighbours.Build(Domain.Dataset, NeighbourOptions, CancellationToken)"/>).
/// </param>
/// <remarks>Defaults: 50 neighbours, shrink 20, positives only, cosine, no recency decay. The Auto tuner picks them per workspace.</remarks>
public sealed record NeighbourOptions(int Neighbours = 50, float Shrink = 20f, bool PositivesOnly = true,
    NeighbourMethod Method = NeighbourMethod.Cosine, float Alpha = 1f, float Beta = 0f, float RecencyDecay = 1f, float Lambda = 500f,
    float Content = 0f)
{
    /// <summary>EASE's dense solve is used up to this many items with interactions (about m³ operations and 8m² bytes).</summary>
    public const int EaseMaxItems = 6000;

    public override string ToString()
    {
        string input = PositivesOnly ? "positive interactions" : "all item events";
        return Method switch
        {
            NeighbourMethod.Rp3Beta => FormattableString.Invariant($"RP3beta, top {Neighbours}, α {Alpha:0.##}, β {Beta:0.##}, {input}, seed recency decay {RecencyDecay:0.##}"),
            NeighbourMethod.Ease => FormattableString.Invariant($"EASE, λ {Lambda:0.#}{(Content > 0 ? $", item text weight {Content:0.#}" : "")}, top {Neighbours} per item, {input}, seed recency decay {RecencyDecay:0.##}"),
            _ => FormattableString.Invariant($"cosine, top {Neighbours}, shrink {Shrink:0.#}, {input}, seed recency decay {RecencyDecay:0.##}"),
        };
    }

    /// <summary>Problems, one message each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Neighbours < 1) errors.Add($"Neighbours must be at least 1 (got {Neighbours}).");
        if (!float.IsFinite(Shrink) || Shrink < 0) errors.Add($"Shrink must be a finite number ≥ 0 (got {Shrink}).");
        if (!float.IsFinite(Alpha) || Alpha < 0) errors.Add($"Alpha must be a finite number ≥ 0 (got {Alpha}).");
        if (!float.IsFinite(Beta) || Beta < 0) errors.Add($"Beta must be a finite number ≥ 0 (got {Beta}).");
        if (!(RecencyDecay > 0 && RecencyDecay <= 1)) errors.Add($"Recency decay must be in (0, 1] (got {RecencyDecay}).");
        if (!float.IsFinite(Lambda) || Lambda <= 0) errors.Add($"Lambda must be a finite number > 0 (got {Lambda}).");
        if (!float.IsFinite(Content) || Content < 0) errors.Add($"Content must be a finite number ≥ 0 (got {Content}).");
        if (Content > 0 && Method != NeighbourMethod.Ease) errors.Add($"Content (item text in the Gram matrix) applies to EASE only (method is {Method}).");
        return errors;
    }
}

/// <summary>How the neighbour model measures item similarity.</summary>
public enum NeighbourMethod
{
    /// <summary>|U(a) ∩ U(b)| / (√(|U(a)| |U(b)|) + shrink).</summary>
    Cosine = 0,

    /// <summary>RP3beta (Paudel et al. 2017): Σ over common users u of (1/|U(a)| · 1/|I(u)|)^α, divided by |U(b)|^β.</summary>
    Rp3Beta = 1,

    /// <summary>EASE (Steck 2019): the closed-form linear item × item model, top N of each row of B kept.</summary>
    Ease = 2,
}
