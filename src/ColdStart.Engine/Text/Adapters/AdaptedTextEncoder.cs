using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ColdStart.Engine.Text.Adapters;

/// <summary>
/// "Base + adapter": a frozen sentence encoder (MiniLM, ArcticXs, a drop-in; typically behind the embedding cache, so
/// only its vectors are cached) followed by an adapter into the collaborative space — either the ONNX file written by
/// <see cref="AdapterFiles"/> on ONNX Runtime's CPU provider, or the C# forward pass of trained weights (per-fold
/// benchmark rows, which write no file). Queries go through the base encoder's query path (its prefix, if any).
/// </summary>
public sealed class AdaptedTextEncoder : ITextEncoder
{
    private readonly ITextEncoder _base;
    private readonly bool _ownsBase;
    private readonly AdapterWeights? _weights;
    private readonly InferenceSession? _session;
    private readonly Lock _gate = new();
    private bool _disposed;

    private AdaptedTextEncoder(ITextEncoder baseEncoder, bool ownsBase, AdapterWeights? weights, InferenceSession? session, int dimension, string modelName)
    {
        (_base, _ownsBase, _weights, _session) = (baseEncoder, ownsBase, weights, session);
        (Dimension, ModelName) = (dimension, modelName);
    }

    /// <inheritdoc/>
    public int Dimension { get; }

    /// <inheritdoc/>
    /// <remarks>The base encoder's provider: the adapter itself is a few small matrix products on the CPU.</remarks>
    public string ExecutionProvider => _base.ExecutionProvider;

    /// <inheritdoc/>
    public string ModelName { get; }

    /// <summary>The frozen base encoder.</summary>
    public ITextEncoder Base => _base;

    /// <summary>Adapts <paramref name="baseEncoder"/> with trained weights, in C#.</summary>
    /// <exception cref="ArgumentException">The adapter's input width is not the base encoder's dimension.</exception>
    public static AdaptedTextEncoder FromWeights(ITextEncoder baseEncoder, AdapterWeights weights, bool ownsBase = false)
    {
        ArgumentNullException.ThrowIfNull(baseEncoder);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Input != baseEncoder.Dimension)
        {
            throw new ArgumentException($"The adapter takes {weights.Input}-d vectors but {baseEncoder.ModelName} gives {baseEncoder.Dimension}-d ones.", nameof(weights));
        }

        return new AdaptedTextEncoder(baseEncoder, ownsBase, weights, null, weights.OutputDimension, baseEncoder.ModelName + " + adapter");
    }

    /// <summary>Adapts <paramref name="baseEncoder"/> with the adapter file at <paramref name="adapterPath"/>.</summary>
    /// <exception cref="FileNotFoundException">The file is missing.</exception>
    /// <exception cref="InvalidDataException">The file is not an adapter for this base encoder (its signature or base model is printed).</exception>
    public static AdaptedTextEncoder Load(ITextEncoder baseEncoder, string adapterPath, bool ownsBase = false)
    {
        ArgumentNullException.ThrowIfNull(baseEncoder);
        ArgumentException.ThrowIfNullOrWhiteSpace(adapterPath);
        if (!File.Exists(adapterPath))
        {
            throw new FileNotFoundException(
                $"Adapter '{adapterPath}' for {baseEncoder.ModelName} not found. Train it with `train --adapter <encoder>` (or choose the encoder with \"+ adapter\" on the Datasets page, which trains it on first use).",
                adapterPath);
        }

        InferenceSession session;
        try
        {
            using var options = new SessionOptions();
            session = new InferenceSession(adapterPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"Adapter '{adapterPath}' cannot be loaded by ONNX Runtime (truncated or not an ONNX model): {e.Message}", e);
        }

        try
        {
            var dimension = Check(session, baseEncoder, adapterPath);
            var name = session.ModelMetadata.CustomMetadataMap.GetValueOrDefault(OnnxMetadataKeys.ModelName) ?? baseEncoder.ModelName + " + adapter";
            return new AdaptedTextEncoder(baseEncoder, ownsBase, null, session, dimension, name);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public float[] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Apply(_base.Encode(texts), texts.Count);
    }

    /// <inheritdoc/>
    public float[] Encode(string text) => Apply(_base.Encode(text), 1);

    /// <inheritdoc/>
    public float[] EncodeQuery(string text) => Apply(_base.EncodeQuery(text), 1);

    /// <summary>Adapts <paramref name="batch"/> base vectors (batch × base dimension) to batch × <see cref="Dimension"/> unit rows.</summary>
    public float[] Apply(float[] baseVectors, int batch)
    {
        ArgumentNullException.ThrowIfNull(baseVectors);
        if (batch == 0)
        {
            return [];
        }

        if (_weights is not null)
        {
            return _weights.Forward(baseVectors, batch);
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var input = OrtValue.CreateTensorValueFromMemory(baseVectors, [batch, _base.Dimension]);
            using var runOptions = new RunOptions();
            using var outputs = _session!.Run(runOptions, [AdapterFiles.InputName], [input], [AdapterFiles.OutputName]);
            return outputs[0].GetTensorDataAsSpan<float>().ToArray();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _session?.Dispose();
        }

        if (_ownsBase)
        {
            _base.Dispose();
        }
    }

    private static int Check(InferenceSession session, ITextEncoder baseEncoder, string path)
    {
        var inputs = session.InputMetadata;
        var outputs = session.OutputMetadata;
        string Signature() =>
            $"inputs: {string.Join(", ", inputs.Select(i => $"{i.Key} {i.Value.ElementDataType}[{string.Join(", ", i.Value.Dimensions)}]"))}; " +
            $"outputs: {string.Join(", ", outputs.Select(o => $"{o.Key} {o.Value.ElementDataType}[{string.Join(", ", o.Value.Dimensions)}]"))}";
        if (inputs.Count != 1 || !inputs.TryGetValue(AdapterFiles.InputName, out var input) || input.ElementDataType != TensorElementType.Float
            || input.Dimensions.Length != 2 || !outputs.TryGetValue(AdapterFiles.OutputName, out var output) || output.Dimensions.Length != 2
            || output.ElementDataType != TensorElementType.Float || output.Dimensions[1] <= 0)
        {
            throw new InvalidDataException(
                $"'{path}' is not an adapter: it must take float {AdapterFiles.InputName} [batch, dim] and return float {AdapterFiles.OutputName} [batch, D]. Its signature: {Signature()}.");
        }

        if (input.Dimensions[1] != baseEncoder.Dimension)
        {
            throw new InvalidDataException(
                $"Adapter '{path}' takes {input.Dimensions[1]}-d vectors but {baseEncoder.ModelName} gives {baseEncoder.Dimension}-d ones. Retrain the adapter for this encoder.");
        }

        if (session.ModelMetadata.CustomMetadataMap.TryGetValue(OnnxMetadataKeys.AdapterBase, out var trainedOn)
            && !string.Equals(trainedOn, baseEncoder.ModelName, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"Adapter '{path}' was trained on {trainedOn}, not on {baseEncoder.ModelName}. Retrain the adapter for this encoder.");
        }

        return (int)output.Dimensions[1];
    }
}
