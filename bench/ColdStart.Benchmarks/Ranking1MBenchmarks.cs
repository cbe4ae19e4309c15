using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Benchmarks;

/// <summary>
/// Rank top 50 over 1,000,000 items with 64-d vectors on all cores (target: median ≤ 8 ms), against the bandwidth floor
/// measured in the same run: summing the same 1M×64 float block (256 MB) with the same chunking. Collaborative only reads
/// that one block, so its ratio to the floor is the scorer's overhead; the full blend reads both blocks (twice the floor).
/// </summary>
public class Ranking1MBenchmarks
{
    private const int Items = 1_000_000;
    private const int Dimension = 64;
    private CatalogIndex _catalog = null!;
    private Scorer _scorer = null!;
    private Profile _profile = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = SyntheticCatalog.Create(Items, Dimension);
        _scorer = new Scorer(_catalog);
        _profile = SyntheticCatalog.Profile(Dimension);
    }

    [Benchmark(Baseline = true, Description = "Floor: sum the 1M×64 block")]
    public float Floor() => BandwidthFloor.Sum(_catalog.Collaborative.Rows, Dimension);

    [Benchmark(Description = "Floor: sum both 1M×64 blocks")]
    public float FloorBothBlocks() => BandwidthFloor.Sum(_catalog.Collaborative.Rows, Dimension) + BandwidthFloor.Sum(_catalog.Semantic.Rows, Dimension);

    [Benchmark(Description = "Rank top 50, collaborative only")]
    public RankResult CollaborativeOnly() => _scorer.Rank(_profile, RankingStrategies.CollaborativeOnly, RankingStrategies.K);

    [Benchmark(Description = "Rank top 50, blend (collab + semantic + priors)")]
    public RankResult Blend() => _scorer.Rank(_profile, RankingStrategies.Blend, RankingStrategies.K);
}
