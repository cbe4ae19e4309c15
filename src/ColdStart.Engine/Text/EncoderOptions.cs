namespace ColdStart.Engine.Text;

/// <summary>How to load a text encoder.</summary>
/// <param name="ModelPath">Path of the ONNX model (ours, or a sentence-transformer export).</param>
/// <param name="VocabPath">Path of the WordPiece <c>vocab.txt</c> that belongs to the model.</param>
/// <param name="ExecutionProvider"><c>auto</c> (CUDA when available, else CPU), <c>cpu</c> or <c>cuda</c> (fails when unavailable).</param>
/// <param name="MaxTokens">Longest token sequence fed to the model, [CLS] and [SEP] included; longer texts are truncated.</param>
/// <param name="LowerCase">Lower-case and strip accents before WordPiece (true for uncased models).</param>
/// <param name="BatchSize">Texts per ONNX Runtime call.</param>
/// <param name="Pooling">How token states ([B, T, D] outputs) are pooled: mean over the mask, or the [CLS] token.</param>
/// <param name="CudaProbe">Finds the CUDA libraries before ONNX Runtime is asked; null probes the real OS loader.</param>
/// <param name="DisplayName">Name shown for the model; null takes the model's metadata name, else its file name.</param>
/// <param name="QueryPrefix">Put before a query's text by <see cref="ITextEncoder.EncodeQuery"/> (retrieval models such as arctic-embed ask for one); documents get none. Null: queries are encoded like documents.</param>
/// <remarks>Defaults: provider auto, 64 tokens, lower case, batches of 256, mean pooling, no query prefix.</remarks>
public sealed record EncoderOptions(
    string ModelPath,
    string VocabPath,
    string ExecutionProvider = "auto",
    int MaxTokens = 64,
    bool LowerCase = true,
    int BatchSize = 256,
    TokenPooling Pooling = TokenPooling.Mean,
    CudaLibraryProbe? CudaProbe = null,
    string? DisplayName = null,
    string? QueryPrefix = null);
