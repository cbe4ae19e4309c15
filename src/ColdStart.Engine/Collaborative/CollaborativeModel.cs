namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Immutable trained weighted-ALS model (Hu, Koren &amp; Volinsky 2008, "Collaborative Filtering for Implicit Feedback
/// Datasets", implicit feedback): item and user factor matrices plus the settings needed to fold in new users.
/// </summary>
/// <remarks>The factor arrays are exposed for speed; treat them as read-only. Use <see cref="WithItemFactors"/> to derive a changed model.</remarks>
public sealed class CollaborativeModel
{
    private readonly float[] _itemGram;

    /// <summary>Wraps trained (or loaded) factors; validates shapes and values.</summary>
    /// <param name="factors">Latent dimension (≥ 1).</param>
    /// <param name="itemFactors">Item rows, row-major, length a multiple of <paramref name="factors"/>.</param>
    /// <param name="userFactors">User rows, row-major, length a multiple of <paramref name="factors"/>.</param>
    /// <param name="regularization">λ used by training and fold-in (&gt; 0).</param>
    /// <param name="alpha">Confidence scale α used by training and fold-in (≥ 0).</param>
    public CollaborativeModel(int factors, float[] itemFactors, float[] userFactors, float regularization, float alpha)
    {
        ArgumentNullException.ThrowIfNull(itemFactors);
        ArgumentNullException.ThrowIfNull(userFactors);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        if (!float.IsFinite(regularization) || regularization <= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"regularization must be a finite number > 0, got {regularization}."), nameof(regularization));
        }

        if (!float.IsFinite(alpha) || alpha < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"alpha must be a finite number ≥ 0, got {alpha}."), nameof(alpha));
        }

        CheckRows(itemFactors, factors, nameof(itemFactors));
        CheckRows(userFactors, factors, nameof(userFactors));
        Factors = factors;
        ItemFactors = itemFactors;
        UserFactors = userFactors;
        Regularization = regularization;
        Alpha = alpha;
        _itemGram = WeightedLeastSquares.Gram(itemFactors, ItemCount, factors);
    }

    /// <summary>Latent dimension.</summary>
    public int Factors { get; }

    /// <summary>Number of item rows.</summary>
    public int ItemCount => ItemFactors.Length / Factors;

    /// <summary>Number of user rows.</summary>
    public int UserCount => UserFactors.Length / Factors;

    /// <summary>Item factors, <see cref="ItemCount"/> × <see cref="Factors"/>, row-major. Items never interacted with are zero rows.</summary>
    public float[] ItemFactors { get; }

    /// <summary>User factors, <see cref="UserCount"/> × <see cref="Factors"/>, row-major. Users without interactions are zero rows.</summary>
    public float[] UserFactors { get; }

    /// <summary>Ridge penalty λ.</summary>
    public float Regularization { get; }

    /// <summary>Confidence scale α (c = 1 + α·ln(1 + w)).</summary>
    public float Alpha { get; }

    /// <summary>The factor row of <paramref name="item"/>.</summary>
    public ReadOnlySpan<float> ItemVector(int item)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)item, (uint)ItemCount, nameof(item));
        return ItemFactors.AsSpan(item * Factors, Factors);
    }

    /// <summary>The factor row of <paramref name="user"/>.</summary>
    public ReadOnlySpan<float> UserVector(int user)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)user, (uint)UserCount, nameof(user));
        return UserFactors.AsSpan(user * Factors, Factors);
    }

    /// <summary>
    /// Least-squares user vector from a few (item, summed event weight) interactions: exactly the user half-step of ALS
    /// against the trained item factors, no retraining. Duplicate items are summed, zero weights ignored;
    /// no interactions give the zero vector.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, an item index is out of range, or a weight is negative, NaN or infinite.</exception>
    public float[] FoldIn(ReadOnlySpan<int> items, ReadOnlySpan<float> weights)
    {
        if (items.Length != weights.Length)
        {
            throw new ArgumentException($"FoldIn needs one weight per item: {items.Length} items, {weights.Length} weights.", nameof(weights));
        }

        for (int k = 0; k < items.Length; k++)
        {
            if ((uint)items[k] >= (uint)ItemCount)
            {
                throw new ArgumentException($"FoldIn: item index {items[k]} at position {k} is outside 0..{ItemCount - 1}.", nameof(items));
            }

            if (!float.IsFinite(weights[k]) || weights[k] < 0)
            {
                throw new ArgumentException(FormattableString.Invariant($"FoldIn: weight {weights[k]} at position {k} (item {items[k]}) must be a finite number ≥ 0."), nameof(weights));
            }
        }

        var (observed, summed) = Merge(items, weights);
        var x = new float[Factors];
        WeightedLeastSquares.SolveRow(_itemGram, ItemFactors, Factors, observed, summed, Alpha, Regularization, new float[Factors * Factors], x);
        return x;
    }

    /// <summary>A copy of this model with the item rows replaced (e.g. cold items given text-predicted vectors); the fold-in Gram matrix is recomputed.</summary>
    /// <exception cref="ArgumentException">The length is not <see cref="ItemCount"/> × <see cref="Factors"/> or a value is not finite.</exception>
    public CollaborativeModel WithItemFactors(float[] itemFactors)
    {
        ArgumentNullException.ThrowIfNull(itemFactors);
        if (itemFactors.Length != ItemFactors.Length)
        {
            throw new ArgumentException($"Expected {ItemCount} × {Factors} = {ItemFactors.Length} item factors, got {itemFactors.Length}.", nameof(itemFactors));
        }

        return new CollaborativeModel(Factors, (float[])itemFactors.Clone(), UserFactors, Regularization, Alpha);
    }

    private static void CheckRows(float[] values, int factors, string name)
    {
        if (values.Length % factors != 0)
        {
            throw new ArgumentException($"{name} has {values.Length} values, not a multiple of {factors} factors.", name);
        }

        int bad = Array.FindIndex(values, v => !float.IsFinite(v));
        if (bad >= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"{name}[{bad}] (row {bad / factors}) is {values[bad]}; factors must be finite."), name);
        }
    }

    /// <summary>Sorts by item, sums duplicates and drops zero weights.</summary>
    private static (int[] Items, float[] Weights) Merge(ReadOnlySpan<int> items, ReadOnlySpan<float> weights)
    {
        var sortedItems = items.ToArray();
        var sortedWeights = weights.ToArray();
        sortedItems.AsSpan().Sort(sortedWeights.AsSpan());
        int write = 0;
        for (int k = 0; k < sortedItems.Length; k++)
        {
            if (write > 0 && sortedItems[write - 1] == sortedItems[k])
            {
                sortedWeights[write - 1] += sortedWeights[k];
            }
            else if (sortedWeights[k] > 0)
            {
                sortedItems[write] = sortedItems[k];
                sortedWeights[write] = sortedWeights[k];
                write++;
            }
        }

        return (sortedItems[..write], sortedWeights[..write]);
    }
}
