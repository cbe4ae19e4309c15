namespace ColdStart.Engine.Text;

/// <summary>What <see cref="ExecutionProviders.Choose"/> decided.</summary>
/// <param name="TryCuda">Ask ONNX Runtime for a CUDA session.</param>
/// <param name="Demanded">CUDA was configured explicitly: a failure is an error, not a fallback.</param>
/// <param name="Note">One line for the log and the UI: the provider and, for CPU, why.</param>
public sealed record ProviderChoice(bool TryCuda, bool Demanded, string Note);
