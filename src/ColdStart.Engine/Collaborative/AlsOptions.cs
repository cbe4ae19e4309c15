namespace ColdStart.Engine.Collaborative;

/// <summary>Settings of weighted ALS training (see <see cref="AlsTrainer"/>).</summary>
/// <remarks>
/// Defaults: 64 factors, λ = 0.1, 15 iterations, α = 2, seed 42, event weights view 1 / cart 4 / purchase 10.
/// Confidence of an observed pair with summed event weight w is c = 1 + α·ln(1 + w) (Hu, Koren &amp; Volinsky 2008, §4, log scaling with ε = 1).
/// </remarks>
/// <param name="Factors">Dimension of the latent space (≥ 1).</param>
/// <param name="Regularization">Ridge penalty λ on every user and item vector (&gt; 0).</param>
/// <param name="Iterations">Number of full sweeps, each a user half-step then an item half-step (≥ 1).</param>
/// <param name="Alpha">Confidence scale α (≥ 0).</param>
/// <param name="Seed">Seed of the random item-factor initialisation.</param>
/// <param name="Weights">Event-type weights; null means <see cref="EventWeights.Default"/>.</param>
public sealed record AlsOptions(
    int Factors = 64,
    float Regularization = 0.1f,
    int Iterations = 15,
    float Alpha = 2f,
    int Seed = 42,
    EventWeights? Weights = null)
{
    /// <summary>The event weights in effect (<see cref="Weights"/> or the defaults).</summary>
    public EventWeights EffectiveWeights => Weights ?? EventWeights.Default;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Factors < 1)
        {
            throw new ArgumentException($"AlsOptions.Factors must be ≥ 1, got {Factors}.", nameof(Factors));
        }

        if (!float.IsFinite(Regularization) || Regularization <= 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"AlsOptions.Regularization must be a finite number > 0, got {Regularization}."), nameof(Regularization));
        }

        if (Iterations < 1)
        {
            throw new ArgumentException($"AlsOptions.Iterations must be ≥ 1, got {Iterations}.", nameof(Iterations));
        }

        if (!float.IsFinite(Alpha) || Alpha < 0)
        {
            throw new ArgumentException(FormattableString.Invariant($"AlsOptions.Alpha must be a finite number ≥ 0, got {Alpha}."), nameof(Alpha));
        }

        EffectiveWeights.Validate();
    }
}
