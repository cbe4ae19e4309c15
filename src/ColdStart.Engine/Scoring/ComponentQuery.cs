using System.Numerics.Tensors;

namespace ColdStart.Engine.Scoring;

/// <summary>
/// One vector component prepared for a pass: the query scaled by weight/σ so that <c>row · Scaled + Offset</c> is the
/// weighted z-score <c>w (row·q − μ) / σ</c>. Inactive when the weight is 0 or the profile gives no signal (σ = 0).
/// </summary>
internal sealed class ComponentQuery
{
    private ComponentQuery(VectorSpace space, float[] scaled, float offset, bool active)
    {
        Space = space;
        Scaled = scaled;
        Offset = offset;
        Active = active;
    }

    public VectorSpace Space { get; }
    public float[] Scaled { get; }
    public float Offset { get; }
    public bool Active { get; }

    public static ComponentQuery Create(VectorSpace space, float[] query, float weight)
    {
        if (weight == 0 || query.Length != space.Dimension || TensorPrimitives.Norm(query) == 0)
            return new ComponentQuery(space, [], 0, false);
        var (mu, sigma) = space.Moments(query);
        if (sigma < 1e-9) return new ComponentQuery(space, [], 0, false);
        var scaled = new float[query.Length];
        TensorPrimitives.Multiply(query, (float)(weight / sigma), scaled);
        return new ComponentQuery(space, scaled, (float)(-weight * mu / sigma), true);
    }

    /// <summary>The weighted z-score of one item.</summary>
    public float Value(int item) => Active ? TensorPrimitives.Dot(Space.Row(item), Scaled) + Offset : 0f;
}
