using ColdStart.Engine.Domain;

namespace ColdStart.Engine.Collaborative;

/// <summary>
/// Maps categorical user attributes to the collaborative user space so that a zero-click visitor gets a user vector:
/// one-hot "name=value" features, ridge regression (<see cref="LinearMap"/>) onto the ALS user vectors of historical users
/// who have interactions. Immutable.
/// </summary>
/// <remarks>
/// Names and values are compared trimmed and lower case. A value seen on fewer than 3 historical users is not a feature.
/// An attribute that is missing, or whose value is unknown, contributes nothing: its one-hot group is set to the
/// training means, so a visitor with no known attributes gets the mean user vector.
/// </remarks>
public sealed class AttributeModel
{
    private readonly LinearMap _map;
    private readonly Dictionary<(string Name, string Value), int> _featureIndex;
    private readonly Dictionary<string, int[]> _groups; // attribute name → its feature indices
    private readonly float[] _means;

    private AttributeModel((string Name, string Value)[] pairs, LinearMap map, float[] means)
    {
        var features = Array.ConvertAll(pairs, p => AttributeKey.Of(p.Name, p.Value));
        Features = features;
        _map = map;
        _means = means;
        _featureIndex = [];
        for (int f = 0; f < pairs.Length; f++)
        {
            _featureIndex[pairs[f]] = f;
        }

        _groups = Enumerable.Range(0, pairs.Length)
            .GroupBy(f => pairs[f].Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The one-hot features, "name=value", ordinal order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>Trains on the historical <paramref name="users"/> (index-aligned with the model's user rows).</summary>
    /// <param name="users">Historical users; <c>users[u]</c> is user row u of <paramref name="model"/>.</param>
    /// <param name="model">Trained collaborative model; users whose vector is zero (no interactions) are left out.</param>
    /// <param name="lambda">Ridge penalty (&gt; 0), default 10.</param>
    /// <exception cref="ArgumentException">The user count differs from the model's, or λ is not positive.</exception>
    /// <exception cref="InvalidOperationException">No user has a collaborative vector.</exception>
    public static AttributeModel Train(IReadOnlyList<User> users, CollaborativeModel model, float lambda = 10f)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(model);
        if (users.Count != model.UserCount)
        {
            throw new ArgumentException($"Got {users.Count} users but the collaborative model has {model.UserCount} user rows.", nameof(users));
        }

        var active = new List<int>();
        for (int u = 0; u < users.Count; u++)
        {
            if (model.UserVector(u).ContainsAnyExcept(0f))
            {
                active.Add(u);
            }
        }

        if (active.Count == 0)
        {
            throw new InvalidOperationException("Cannot train the attribute model: no historical user has interactions.");
        }

        var features = AttributeKey.Supported(active.Select(u => users[u].Attributes));
        var index = new Dictionary<(string Name, string Value), int>();
        for (int f = 0; f < features.Length; f++)
        {
            index[features[f]] = f;
        }

        var x = new float[active.Count * features.Length];
        var y = new float[active.Count * model.Factors];
        for (int r = 0; r < active.Count; r++)
        {
            foreach (var pair in AttributeKey.Pairs(users[active[r]].Attributes))
            {
                if (index.TryGetValue(pair, out int f))
                {
                    x[r * features.Length + f] = 1f;
                }
            }

            model.UserVector(active[r]).CopyTo(y.AsSpan(r * model.Factors, model.Factors));
        }

        var map = LinearMap.Fit(x, active.Count, features.Length, y, model.Factors, lambda);
        return new AttributeModel(features, map, FeatureMeans(x, active.Count, features.Length));
    }

    /// <summary>The predicted collaborative user vector for a visitor with these attributes.</summary>
    public float[] Predict(IReadOnlyDictionary<string, string> attributes)
    {
        var x = new float[Features.Count];
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in AttributeKey.Pairs(attributes))
        {
            if (_featureIndex.TryGetValue(pair, out int f) && known.Add(pair.Name))
            {
                x[f] = 1f;
            }
        }

        foreach (var (name, group) in _groups)
        {
            if (!known.Contains(name))
            {
                foreach (int f in group)
                {
                    x[f] = _means[f];
                }
            }
        }

        return _map.Apply(x);
    }

    private static float[] FeatureMeans(float[] x, int rows, int dim)
    {
        var means = new float[dim];
        for (int r = 0; r < rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(means, x.AsSpan(r * dim, dim), means);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(means, rows, means);
        return means;
    }
}
