namespace ColdStart.Engine.Text.Onnx;

/// <summary>
/// The ONNX graph of <see cref="EncoderWeights"/>:
/// Gather → Cast(mask) → Unsqueeze → Mul → ReduceSum (sum and count) → Clip → Div → MatMul → Add → Tanh → MatMul → Add → LpNormalization.
/// Inputs <c>input_ids</c> and <c>attention_mask</c> (int64 [batch, sequence]); output <c>sentence_embedding</c> (float [batch, D]).
/// </summary>
internal static class EncoderGraph
{
    public const string InputIds = "input_ids";
    public const string AttentionMask = "attention_mask";
    public const string SentenceEmbedding = "sentence_embedding";

    public static ModelProto Build(EncoderWeights weights, IEnumerable<KeyValuePair<string, string>> metadata)
    {
        var g = new OnnxGraphBuilder("coldstart_text_encoder");
        g.Input(InputIds, TensorProto.Types.DataType.Int64, "batch", "sequence");
        g.Input(AttentionMask, TensorProto.Types.DataType.Int64, "batch", "sequence");
        g.Output(SentenceEmbedding, TensorProto.Types.DataType.Float, "batch", (long)weights.Dimension);

        var embeddings = g.Initializer("embeddings", weights.Embeddings, weights.VocabSize, weights.Hidden);
        var lastAxis = g.Initializer("axis_last", [-1L], 1);
        var tokenAxis = g.Initializer("axis_tokens", [1L], 1);
        var smallest = g.Initializer("count_min", [1e-9f]);

        var tokens = g.Node("Gather", [embeddings, InputIds], "token_embeddings", OnnxGraphBuilder.Int("axis", 0));
        var mask = g.Node("Cast", [AttentionMask], "mask_float", OnnxGraphBuilder.Int("to", (long)TensorProto.Types.DataType.Float));
        var mask3 = g.Node("Unsqueeze", [mask, lastAxis], "mask_expanded");
        var masked = g.Node("Mul", [tokens, mask3], "masked_embeddings");
        var sum = g.Node("ReduceSum", [masked, tokenAxis], "summed", OnnxGraphBuilder.Int("keepdims", 0));
        var count = g.Node("ReduceSum", [mask3, tokenAxis], "token_count", OnnxGraphBuilder.Int("keepdims", 0));
        var clipped = g.Node("Clip", [count, smallest], "token_count_clipped");
        var pooled = g.Node("Div", [sum, clipped], "pooled");
        Head(g, weights, pooled);
        return g.Model("ColdStart.Workbench", metadata);
    }

    /// <summary>
    /// Dense + tanh → projection → L2 from <paramref name="pooled"/> [batch, H] to <paramref name="output"/>
    /// (<see cref="EncoderWeights.Transform"/> then normalisation); also the whole graph of an adapter.
    /// </summary>
    public static void Head(OnnxGraphBuilder g, EncoderWeights weights, string pooled, string output = SentenceEmbedding)
    {
        var w1 = g.Initializer("dense.weight", weights.W1, weights.Hidden, weights.Hidden);
        var b1 = g.Initializer("dense.bias", weights.B1, weights.Hidden);
        var w2 = g.Initializer("projection.weight", weights.W2, weights.Hidden, weights.Dimension);
        var b2 = g.Initializer("projection.bias", weights.B2, weights.Dimension);
        var dense = g.Node("Add", [g.Node("MatMul", [pooled, w1], "dense_product"), b1], "dense");
        var activated = g.Node("Tanh", [dense], "activated");
        var projected = g.Node("Add", [g.Node("MatMul", [activated, w2], "projection_product"), b2], "projected");
        g.Node("LpNormalization", [projected], output, OnnxGraphBuilder.Int("axis", 1), OnnxGraphBuilder.Int("p", 2));
    }
}
