using ColdStart.Engine.Text;

namespace ColdStart.Engine.Tests.Text;

/// <summary>The hand-written gradients agree with central finite differences of the loss.</summary>
public sealed class ContrastiveStepTests
{
    private const int Vocab = 12, Hidden = 5, Dim = 4, Batch = 6;
    private const float Step = 1e-2f;

    [Theory]
    [InlineData(true, 0.7f)]
    [InlineData(false, 0f)]
    public void Analytic_gradients_match_finite_differences(bool symmetric, float alignment)
    {
        var weights = EncoderWeights.CreateRandom(Vocab, Hidden, Dim, seed: 4);
        var random = new Random(8);
        for (var i = 0; i < weights.B1.Length; i++)
        {
            weights.B1[i] = (float)random.NextDouble() - 0.5f;
        }

        int[][] tokens = [[2, 5, 3], [2, 7, 7, 9, 3], [2, 3], [2, 5, 11, 3], [2, 8, 3], [2, 10, 6, 4, 3]];
        var options = new EncoderTrainingOptions(Hidden: Hidden, BatchSize: Batch, Temperature: 0.5f, Symmetric: symmetric, AlignmentWeight: alignment);
        var step = new ContrastiveStep(weights, tokens, TargetOf, UnitTargets(random), options);
        step.Run(Order, 0, Batch);
        var analytic = Snapshot(step.Gradients);

        var checks = CheckAgainstFiniteDifferences(step, analytic.Parameters(weights));

        Assert.Equal((Vocab + Hidden + 1) * Hidden + (Hidden + 1) * Dim, checks);
    }

    [Fact]
    public void Analytic_gradients_on_fixed_inputs_match_finite_differences_and_leave_the_token_table_alone()
    {
        // An adapter's step: each example feeds a fixed vector (a frozen sentence embedding) to the dense layer.
        var weights = EncoderWeights.CreateRandom(1, Hidden, Dim, seed: 6);
        var random = new Random(3);
        var inputs = new float[Batch * Hidden];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = (float)random.NextDouble() * 2 - 1;
        }

        var step = new ContrastiveStep(weights, inputs, TargetOf, UnitTargets(random), new EncoderTrainingOptions(Hidden: Hidden, BatchSize: Batch, Temperature: 0.5f));
        step.Run(Order, 0, Batch);
        Assert.Empty(step.Gradients.TouchedRows);
        (string Name, float[] Parameters, float[] Gradient)[] parameters =
            [("W1", weights.W1, [.. step.Gradients.W1]), ("B1", weights.B1, [.. step.Gradients.B1]), ("W2", weights.W2, [.. step.Gradients.W2]), ("B2", weights.B2, [.. step.Gradients.B2])];

        Assert.Equal((Hidden + 1) * Hidden + (Hidden + 1) * Dim, CheckAgainstFiniteDifferences(step, parameters));
    }

    private static readonly int[] TargetOf = [0, 1, 2, 0, 3, 1];
    private static readonly int[] Order = [0, 1, 2, 3, 4, 5];

    /// <summary>Four random unit target rows.</summary>
    private static float[] UnitTargets(Random random)
    {
        var targets = new float[4 * Dim];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = (float)random.NextDouble() - 0.5f;
        }

        for (var r = 0; r < 4; r++)
        {
            EncoderWeights.Normalize(targets.AsSpan(r * Dim, Dim));
        }

        return targets;
    }

    /// <summary>Compares every analytic gradient with the central difference of the loss; returns how many were checked.</summary>
    private static int CheckAgainstFiniteDifferences(ContrastiveStep step, IEnumerable<(string Name, float[] Parameters, float[] Gradient)> parameters)
    {
        var checks = 0;
        foreach (var (name, values, gradient) in parameters)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var original = values[i];
                values[i] = original + Step;
                var plus = step.Run(Order, 0, Batch);
                values[i] = original - Step;
                var minus = step.Run(Order, 0, Batch);
                values[i] = original;
                var numeric = (plus - minus) / (2 * Step);
                Assert.True(Math.Abs(numeric - gradient[i]) < 2e-3 + 0.02 * Math.Abs(numeric), $"{name}[{i}]: analytic {gradient[i]}, numeric {numeric}");
                checks++;
            }
        }

        return checks;
    }

    private static GradientSnapshot Snapshot(EncoderGradients gradients)
    {
        var embeddings = new float[Vocab * Hidden];
        for (var slot = 0; slot < gradients.TouchedRows.Count; slot++)
        {
            gradients.Embeddings.AsSpan(slot * Hidden, Hidden).CopyTo(embeddings.AsSpan(gradients.TouchedRows[slot] * Hidden));
        }

        return new GradientSnapshot(embeddings, [.. gradients.W1], [.. gradients.B1], [.. gradients.W2], [.. gradients.B2]);
    }

    private sealed record GradientSnapshot(float[] Embeddings, float[] W1, float[] B1, float[] W2, float[] B2)
    {
        public IEnumerable<(string Name, float[] Parameters, float[] Gradient)> Parameters(EncoderWeights w) =>
        [
            ("embeddings", w.Embeddings, Embeddings),
            ("W1", w.W1, W1),
            ("B1", w.B1, B1),
            ("W2", w.W2, W2),
            ("B2", w.B2, B2),
        ];
    }
}
