namespace ColdStart.Engine.Text;

/// <summary>Keys of the ONNX metadata_props the project writes (read back through ONNX Runtime's custom metadata map).</summary>
public static class OnnxMetadataKeys
{
    public const string ModelName = "coldstart.model_name";
    public const string VocabSize = "coldstart.vocab_size";
    public const string Hidden = "coldstart.hidden";
    public const string Dimension = "coldstart.dimension";
    public const string MaxTokens = "coldstart.max_tokens";
    public const string Pooling = "coldstart.pooling";
    public const string VocabSha256 = "coldstart.vocab_sha256";
    public const string TrainingFingerprint = "coldstart.training_fingerprint";
    public const string CreatedUtc = "coldstart.created_utc";
    public const string AdapterBase = "coldstart.adapter.base";
    public const string AdapterInput = "coldstart.adapter.input";
    public const string AdapterBaseShare = "coldstart.adapter.base_share";
    public const string TrainingPairs = "coldstart.training_pairs";
    public const string FinalLoss = "coldstart.final_loss";
}
