using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Benchmarks;

/// <summary>
/// What one persona edit costs in the workbench on the default sample world (5,000 items): building the profile (encode
/// its text, attribute model, text → collaborative map, ALS fold-in of the seed items, segment popularity), and that plus
/// ranking the top 50 with the Balanced preset (blend, MMR, explanations).
/// </summary>
public class PersonaBenchmarks : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "coldstart-bench-" + Guid.NewGuid().ToString("N"));
    private OnnxTextEncoder? _encoder;
    private ModelSnapshot _snapshot = null!;
    private Persona _persona = null!;

    [GlobalSetup]
    public void Setup()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;
        Directory.CreateDirectory(_scratch);
        _encoder = BenchmarkEncoder.Open(world, _scratch, out var origin);
        _snapshot = SnapshotBuilder.Build(world, _encoder, TrainingOptions.Default);
        _persona = SamplePersonas.For(world)[2];
        Console.WriteLine($"// Encoder: {origin}; persona '{_persona.Name}' with {_persona.SeedItemIds.Count} seed items");
    }

    [Benchmark(Description = "Build one persona profile")]
    public Profile Profile() => _snapshot.Profiles.Build(_persona);

    [Benchmark(Description = "Persona profile + rank top 50 (Balanced)")]
    public RankResult ProfileAndRank() => _snapshot.Rank(_persona, Strategy.Balanced, RankingStrategies.K);

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _encoder = null;
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
        GC.SuppressFinalize(this);
    }
}
