using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Sensitivity;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Benchmarks;

/// <summary>
/// The persona × strategy grid and the blend-sensitivity sweep on the default sample world (5,000 items): 10 personas
/// × 5 strategies, top 20, overlap with Balanced (profiles built inside, as the grid page does); and one persona's exact
/// sweep of the semantic weight (two scoring passes over the catalog + the rank paths of the items ever in the top 10).
/// </summary>
public class GridBenchmarks : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "coldstart-bench-" + Guid.NewGuid().ToString("N"));
    private OnnxTextEncoder? _encoder;
    private ModelSnapshot _snapshot = null!;
    private GridRequest _request = null!;
    private Profile _profile = null!;

    /// <summary>Five strategies: the three presets and two hand-made blends (popularity-led; item-to-item and lexical).</summary>
    internal static Strategy[] Strategies { get; } =
    [
        Strategy.Balanced, Strategy.CollaborativeOnly, Strategy.SemanticOnly,
        new("Trending", new BlendWeights(0.2f, 0.2f, 0.4f, 0.2f), 0, [new ExcludeSeenRule()]),
        new("Because you viewed", new BlendWeights(0.3f, 0.2f, 0.1f, 0, 0.3f, 0.1f), 0.2f, [new ExcludeSeenRule()]),
    ];

    [GlobalSetup]
    public void Setup()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;
        Directory.CreateDirectory(_scratch);
        _encoder = BenchmarkEncoder.Open(world, _scratch, out var origin);
        _snapshot = SnapshotBuilder.Build(world, _encoder, TrainingOptions.Default);
        var sample = SamplePersonas.For(world);
        var personas = TenPersonas(world);
        _request = new GridRequest(personas, Strategies, Strategy.Balanced, 20);
        _profile = _snapshot.Profiles.Build(sample[2]);
        Console.WriteLine($"// Encoder: {origin}; {personas.Count} personas × {Strategies.Length} strategies, {world.Items.Count} items");
    }

    /// <summary>Ten personas: the sample ones, then renamed copies with the next one's interests if there are fewer.</summary>
    internal static List<Persona> TenPersonas(Dataset world)
    {
        var sample = SamplePersonas.For(world);
        return
        [
            .. Enumerable.Range(0, 10).Select(i => i < sample.Count
                ? sample[i]
                : sample[i % sample.Count] with { Name = $"{sample[i % sample.Count].Name} #{i}", Interests = sample[(i + 1) % sample.Count].Interests }),
        ];
    }

    [Benchmark(Description = "Grid 10 personas × 5 strategies (top 20)")]
    public GridResult Grid() => PersonaStrategyGrid.Compute(_snapshot, _request);

    [Benchmark(Description = "Sensitivity sweep, semantic weight (top 10)")]
    public BlendSweep Sweep() => BlendSensitivity.Sweep(_snapshot.Scorer, _profile, Strategy.Balanced, SweepAxis.Weight(ScorePart.Semantic), 10);

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _encoder = null;
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
        GC.SuppressFinalize(this);
    }
}
