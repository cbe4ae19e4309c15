namespace ColdStart.Engine.Text.Adapters;

/// <summary>
/// A small adapter on top of a frozen sentence encoder: one hidden layer, <c>y = normalize(tanh(x·W1 + B1)·W2 + B2)</c>,
/// from the base encoder's unit vectors (width I) to a D-dimensional space (the collaborative space it is trained toward).
/// The layers are those of the project encoder (<see cref="EncoderWeights"/>, hidden width = I) without its token table,
/// so training (<see cref="AdapterTrainer"/>) and the ONNX graph (<see cref="AdapterFiles"/>) reuse the encoder's code.
/// With a <see cref="BaseShare"/> s &gt; 0 the output keeps the base vector beside the adapted one,
/// <c>[√s·x, √(1−s)·y]</c> (I + D wide, unit length for unit x), so a cosine between two outputs is
/// <c>s·cos(base) + (1−s)·cos(adapted)</c>: the adapter adds the shop's collaborative signal without discarding what the
/// pretrained model knows about language.
/// </summary>
public sealed class AdapterWeights
{
    /// <summary>Creates an adapter from arrays (not copied): W1 is I × I, B1 is I, W2 is I × D, B2 is D.</summary>
    public AdapterWeights(int input, int dimension, float[] w1, float[] b1, float[] w2, float[] b2)
        // The shared layers carry a one-row token table that an adapter never reads: its input is a sentence vector.
        : this(new EncoderWeights(1, input, dimension, new float[input], w1, b1, w2, b2))
    {
    }

    private AdapterWeights(EncoderWeights layers) => Layers = layers;

    /// <summary>Width I of the base encoder's vectors (and of the hidden layer).</summary>
    public int Input => Layers.Hidden;

    /// <summary>Width D of the adapted part (the collaborative space it is trained toward).</summary>
    public int Dimension => Layers.Dimension;

    /// <summary>Weight s in [0, 1) of the base vector's cosine in the output; 0 (default): the output is the adapted vector alone.</summary>
    public float BaseShare
    {
        get;
        init
        {
            if (!(value >= 0f && value < 1f)) throw new ArgumentOutOfRangeException(nameof(value), value, "The base share must be in [0, 1).");
            field = value;
        }
    }

    /// <summary>Width of an output vector: D, or I + D with a <see cref="BaseShare"/>.</summary>
    public int OutputDimension => BaseShare > 0f ? Input + Dimension : Dimension;

    /// <summary>Hidden weights, I × I (input row, output column).</summary>
    public float[] W1 => Layers.W1;

    /// <summary>Hidden bias, I.</summary>
    public float[] B1 => Layers.B1;

    /// <summary>Projection weights, I × D.</summary>
    public float[] W2 => Layers.W2;

    /// <summary>Projection bias, D.</summary>
    public float[] B2 => Layers.B2;

    /// <summary>Mean training loss of each epoch (empty for weights that were not trained).</summary>
    public IReadOnlyList<double> EpochLosses { get; init; } = [];

    /// <summary>The dense layers as encoder weights (shared arrays), for the contrastive step and the ONNX graph.</summary>
    internal EncoderWeights Layers { get; }

    /// <summary>The same trained layers (shared arrays) with another <see cref="BaseShare"/>.</summary>
    public AdapterWeights WithBaseShare(float share) => new(Layers) { BaseShare = share, EpochLosses = EpochLosses };

    /// <summary>Random weights (Glorot-uniform matrices, zero biases), deterministic for a seed.</summary>
    public static AdapterWeights CreateRandom(int input, int dimension, int seed)
    {
        var random = EncoderWeights.CreateRandom(1, input, dimension, seed);
        return new AdapterWeights(input, dimension, random.W1, random.B1, random.W2, random.B2);
    }

    /// <summary>Adapts <paramref name="batch"/> rows of <paramref name="inputs"/> (batch × I) exactly as the ONNX graph does.</summary>
    /// <returns>batch × <see cref="OutputDimension"/> rows, unit length for unit inputs.</returns>
    public float[] Forward(ReadOnlySpan<float> inputs, int batch)
    {
        if (inputs.Length != (long)batch * Input)
        {
            throw new ArgumentException($"The adapter takes batch × {Input} floats; got {inputs.Length} for a batch of {batch}.", nameof(inputs));
        }

        var width = OutputDimension;
        var output = new float[batch * width];
        var activated = new float[Input];
        var adapted = new float[Dimension];
        for (var b = 0; b < batch; b++)
        {
            var row = output.AsSpan(b * width, width);
            Layers.Transform(inputs.Slice(b * Input, Input), activated, adapted);
            EncoderWeights.Normalize(adapted);
            if (BaseShare > 0f)
            {
                System.Numerics.Tensors.TensorPrimitives.Multiply(inputs.Slice(b * Input, Input), MathF.Sqrt(BaseShare), row[..Input]);
                System.Numerics.Tensors.TensorPrimitives.Multiply(adapted, MathF.Sqrt(1f - BaseShare), row[Input..]);
            }
            else
            {
                adapted.CopyTo(row);
            }
        }

        return output;
    }
}
