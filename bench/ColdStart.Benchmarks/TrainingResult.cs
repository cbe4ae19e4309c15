namespace ColdStart.Benchmarks;

/// <summary>Measurements of one training run.</summary>
/// <param name="WallSeconds">From the start of world generation to a ready snapshot.</param>
/// <param name="TrainingSeconds">Training only: from the generated world to a ready snapshot.</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the process (managed and native).</param>
/// <param name="AllocatedBytes">Managed bytes allocated over the run.</param>
/// <param name="HeapSizeBytes">Managed heap size after the last garbage collection.</param>
/// <param name="Gen2Collections">Full garbage collections.</param>
/// <param name="EncoderPairs">Texts the encoder trained on.</param>
/// <param name="Phases">Wall time of each phase.</param>
internal sealed record TrainingResult(
    double WallSeconds,
    double TrainingSeconds,
    long PeakWorkingSetBytes,
    long AllocatedBytes,
    long HeapSizeBytes,
    int Gen2Collections,
    int EncoderPairs,
    IReadOnlyList<TrainingPhase> Phases);
