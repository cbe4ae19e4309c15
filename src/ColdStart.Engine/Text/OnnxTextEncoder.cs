using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ColdStart.Engine.Text;

/// <summary>
/// <see cref="ITextEncoder"/> on ONNX Runtime. Runs the project-trained encoder or a dropped-in sentence-transformer,
/// chosen by configuration alone: inputs <c>input_ids</c>, <c>attention_mask</c> and (only when the model declares it)
/// <c>token_type_ids</c>; output <c>sentence_embedding</c> [B, D], else <c>last_hidden_state</c> [B, T, D] (pooled here:
/// mean over the mask, or [CLS], see <see cref="EncoderOptions.Pooling"/>), else the first output. A model with other
/// inputs, or an output that is not float [B, D] / [B, T, D], is refused at load with its signature in the message.
/// </summary>
public sealed class OnnxTextEncoder : ITextEncoder
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";
    private static readonly string[] PreferredOutputs = ["sentence_embedding", "last_hidden_state"];

    private readonly InferenceSession _session;
    private readonly TextTokenizer _tokenizer;
    private readonly EncoderOptions _options;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly long[] _ids, _mask, _tokenTypes;
    private readonly RunOptions _runOptions = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    private OnnxTextEncoder(InferenceSession session, TextTokenizer tokenizer, EncoderOptions options, string provider, string providerNote, string output, string modelName)
    {
        (_session, _tokenizer, _options) = (session, tokenizer, options);
        (ExecutionProvider, ProviderNote, ModelName) = (provider, providerNote, modelName);
        var feedTokenTypes = session.InputMetadata.ContainsKey(TokenTypeIds);
        _inputNames = feedTokenTypes ? [InputIds, AttentionMask, TokenTypeIds] : [InputIds, AttentionMask];
        _outputNames = [output];
        var capacity = options.BatchSize * options.MaxTokens;
        (_ids, _mask, _tokenTypes) = (new long[capacity], new long[capacity], new long[capacity]);
    }

    /// <inheritdoc/>
    public int Dimension { get; private set; }

    /// <inheritdoc/>
    public string ExecutionProvider { get; }

    /// <summary>Why this execution provider, in one line, e.g. which CUDA libraries were missing when <c>auto</c> fell back to CPU.</summary>
    public string ProviderNote { get; }

    /// <inheritdoc/>
    public string ModelName { get; }

    /// <summary>The tokenizer in use.</summary>
    public TextTokenizer Tokenizer => _tokenizer;

    /// <summary>Loads model and vocabulary and opens a session on the requested execution provider.</summary>
    /// <exception cref="FileNotFoundException">The model or vocabulary file is missing.</exception>
    /// <exception cref="InvalidDataException">The model lacks the expected inputs/outputs or does not match the vocabulary.</exception>
    /// <exception cref="InvalidOperationException"><c>cuda</c> was demanded but is unavailable.</exception>
    /// <exception cref="ArgumentException">Unknown execution provider or invalid sizes.</exception>
    public static OnnxTextEncoder Create(EncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTokens, 2, "options.MaxTokens");
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, "options.BatchSize");
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ModelPath, "options.ModelPath");
        if (!File.Exists(options.ModelPath))
        {
            throw new FileNotFoundException(
                $"Text encoder model '{options.ModelPath}' not found. Create it with the `train` command (it writes <name>.onnx, " +
                "<name>.vocab.txt and <name>.json into models/), or point the model path at a sentence-transformer ONNX export.", options.ModelPath);
        }

        var tokenizer = TextTokenizer.Load(options.VocabPath, options.LowerCase);
        var session = ExecutionProviders.CreateSession(options.ModelPath, options.ExecutionProvider, options.CudaProbe ?? CudaLibraryProbe.System,
            out var provider, out var note);
        try
        {
            var inspection = new OnnxModelInspection(session, options);
            inspection.RequireInputs();
            inspection.RequireVocabulary(tokenizer);
            var output = inspection.ChooseOutput(PreferredOutputs);
            var encoder = new OnnxTextEncoder(session, tokenizer, options, provider, note, output, options.DisplayName ?? inspection.ModelName);
            encoder.Dimension = inspection.DeclaredDimension(output) ?? encoder.ProbeDimension();
            return encoder;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public float[] Encode(string text) => Encode([text]);

    /// <inheritdoc/>
    /// <remarks>Prepends <see cref="EncoderOptions.QueryPrefix"/> when the model has one.</remarks>
    public float[] EncodeQuery(string text) => Encode(_options.QueryPrefix + text);

    /// <summary>What <see cref="EncodeQuery"/> puts before a query's text; null when queries are encoded like documents.</summary>
    public string? QueryPrefix => _options.QueryPrefix;

    /// <inheritdoc/>
    public float[] Encode(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count * Dimension];
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            for (var start = 0; start < texts.Count; start += _options.BatchSize)
            {
                var count = Math.Min(_options.BatchSize, texts.Count - start);
                var tokens = _tokenizer.EncodeBatchInto(texts, start, count, _options.MaxTokens, _ids, _mask);
                using var outputs = Run(count, tokens);
                var shape = outputs[0].GetTensorTypeAndShape().Shape;
                if (shape[^1] != Dimension)
                {
                    throw new InvalidDataException($"Model '{_options.ModelPath}' returned vectors of length {shape[^1]}, expected {Dimension}.");
                }

                SentencePooling.Pool(outputs[0].GetTensorDataAsSpan<float>(), shape, _mask.AsSpan(0, count * tokens), tokens,
                    result.AsSpan(start * Dimension, count * Dimension), _options.Pooling);
            }
        }

        return result;
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
            _session.Dispose();
            _runOptions.Dispose();
        }
    }

    private IDisposableReadOnlyCollection<OrtValue> Run(int count, int tokens)
    {
        long[] shape = [count, tokens];
        var length = count * tokens;
        var memory = OrtMemoryInfo.DefaultInstance;
        using var ids = OrtValue.CreateTensorValueFromMemory(memory, _ids.AsMemory(0, length), shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(memory, _mask.AsMemory(0, length), shape);
        using var types = OrtValue.CreateTensorValueFromMemory(memory, _tokenTypes.AsMemory(0, length), shape);
        OrtValue[] inputs = _inputNames.Length == 3 ? [ids, mask, types] : [ids, mask];
        return _session.Run(_runOptions, _inputNames, inputs, _outputNames);
    }

    private int ProbeDimension()
    {
        var tokens = _tokenizer.EncodeBatchInto([string.Empty], 0, 1, _options.MaxTokens, _ids, _mask);
        using var outputs = Run(1, tokens);
        var info = outputs[0].GetTensorTypeAndShape();
        if (info.ElementDataType != TensorElementType.Float)
        {
            throw new InvalidDataException($"Model '{_options.ModelPath}' output '{_outputNames[0]}' is {info.ElementDataType}, expected float.");
        }

        return (int)info.Shape[^1];
    }
}
