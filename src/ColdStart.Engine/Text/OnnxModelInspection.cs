using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ColdStart.Engine.Text;

/// <summary>Checks an opened ONNX model against what <see cref="OnnxTextEncoder"/> feeds it and reads its metadata.</summary>
internal sealed class OnnxModelInspection(InferenceSession session, EncoderOptions options)
{
    private static readonly string[] Fed = ["input_ids", "attention_mask", "token_type_ids"];

    private Dictionary<string, string> Metadata { get; } = session.ModelMetadata.CustomMetadataMap;

    /// <summary>The model's inputs and outputs, e.g. <c>inputs: input_ids Int64[batch, sequence]; outputs: last_hidden_state Float[batch, sequence, 384]</c>.</summary>
    public string Signature =>
        $"inputs: {Describe(session.InputMetadata)}; outputs: {Describe(session.OutputMetadata)}";

    /// <summary>The error for an unusable model: the path, what is wrong, and the model's actual signature.</summary>
    private InvalidDataException Refuse(string problem) =>
        new($"Model '{options.ModelPath}' {problem}. Its signature: {Signature}. A sentence encoder takes int64 input_ids and attention_mask " +
            "(token_type_ids optional) and returns float [batch, dim] or [batch, tokens, dim] (sentence_embedding or last_hidden_state).");

    private static string Describe(IReadOnlyDictionary<string, NodeMetadata> nodes) =>
        nodes.Count == 0 ? "none" : string.Join(", ", nodes.Select(n => $"{n.Key} {Type(n.Value)}[{Shape(n.Value)}]"));

    private static string Type(NodeMetadata node) => node.IsTensor ? node.ElementDataType.ToString() : node.OnnxValueType.ToString();

    private static string Shape(NodeMetadata node) => string.Join(", ", node.Dimensions.Select((d, i) =>
        d >= 0 ? d.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : i < node.SymbolicDimensions.Length && node.SymbolicDimensions[i].Length > 0 ? node.SymbolicDimensions[i] : "?"));

    /// <summary>The model's own name from its metadata, else the file name.</summary>
    public string ModelName => Metadata.TryGetValue(OnnxMetadataKeys.ModelName, out var name) && name.Length > 0
        ? name
        : Path.GetFileNameWithoutExtension(options.ModelPath);

    /// <summary>input_ids and attention_mask must be int64 inputs; any other input except token_type_ids cannot be fed.</summary>
    public void RequireInputs()
    {
        var declared = session.InputMetadata;
        foreach (var name in Fed)
        {
            if (declared.TryGetValue(name, out var input) && input.ElementDataType != TensorElementType.Int64)
            {
                throw Refuse($"input '{name}' is {input.ElementDataType}; int64 is required");
            }
        }

        foreach (var name in declared.Keys)
        {
            if (Array.IndexOf(Fed, name) < 0)
            {
                throw Refuse($"declares input '{name}', which the encoder cannot feed (it feeds {string.Join(", ", Fed)})");
            }
        }

        if (!declared.ContainsKey(Fed[0]) || !declared.ContainsKey(Fed[1]))
        {
            throw Refuse("must take inputs input_ids and attention_mask");
        }
    }

    /// <summary>When the model records its vocabulary (size, hash), the vocabulary file must match it, so no id can fall outside the embedding table.</summary>
    public void RequireVocabulary(TextTokenizer tokenizer)
    {
        if (Metadata.TryGetValue(OnnxMetadataKeys.VocabSize, out var text) && int.TryParse(text, out var size) && tokenizer.VocabSize > size)
        {
            throw new InvalidDataException(
                $"Vocabulary '{options.VocabPath}' has {tokenizer.VocabSize} entries but model '{options.ModelPath}' embeds only {size}. Use the vocab.txt written with the model.");
        }

        if (Metadata.TryGetValue(OnnxMetadataKeys.VocabSha256, out var expected))
        {
            var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(options.VocabPath)));
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                throw new InvalidDataException(
                    $"Vocabulary '{options.VocabPath}' (SHA-256 {actual}) is not the one model '{options.ModelPath}' was trained with ({expected}). Use the vocab.txt written with the model.");
            }
        }
    }

    /// <summary>The first preferred output name the model has, else its first output; it must be float.</summary>
    public string ChooseOutput(IReadOnlyList<string> preferred)
    {
        var outputs = session.OutputMetadata;
        var chosen = outputs.Keys.First();
        foreach (var name in preferred)
        {
            if (outputs.ContainsKey(name))
            {
                chosen = name;
                break;
            }
        }

        if (!outputs[chosen].IsTensor || outputs[chosen].ElementDataType != TensorElementType.Float)
        {
            throw Refuse($"output '{chosen}' is {Type(outputs[chosen])}; float is required");
        }

        var rank = outputs[chosen].Dimensions.Length;
        if (rank is not (2 or 3))
        {
            throw Refuse($"output '{chosen}' has rank {rank}; [batch, dim] or [batch, tokens, dim] is required");
        }

        return chosen;
    }

    /// <summary>The output's last dimension when the model declares it statically.</summary>
    public int? DeclaredDimension(string output)
    {
        var dims = session.OutputMetadata[output].Dimensions;
        return dims[^1] > 0 ? dims[^1] : null;
    }
}
