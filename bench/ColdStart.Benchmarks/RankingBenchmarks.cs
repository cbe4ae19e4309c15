using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Scoring;

namespace ColdStart.Benchmarks;

/// <summary>
/// Rank top 50 over 100,000 and 1,000,000 items with 64-d collaborative and 64-d semantic vectors, as in the app
/// (targets: median ≤ 1 ms at 100k, ≤ 8 ms for collaborative-only at 1M, on all cores). Floors measured in the same
/// run: summing the collaborative block (what collaborative-only ranking must read) and both blocks (what the blend must
/// read) once on all cores, chunked like the scorer, so <c>ranking ÷ floor</c> is the scorer's overhead; and both 8-bit
/// blocks, which is what the scorer's first pass reads over catalogs of 32,768 items or more.
/// </summary>
public class RankingBenchmarks
{
    private const int Dimension = 64;
    private CatalogIndex _catalog = null!;
    private Scorer _scorer = null!;
    private Profile _profile = null!;

    [Params(100_000, 1_000_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = SyntheticCatalog.Create(Items, Dimension);
        _scorer = new Scorer(_catalog);
        _profile = SyntheticCatalog.Profile(Dimension);
        _ = _catalog.Collaborative.Quantised;
        _ = _catalog.Semantic.Quantised;
    }

    [Benchmark(Baseline = true, Description = "Floor: sum the collaborative block")]
    public float Floor() => BandwidthFloor.Sum(_catalog.Collaborative.Rows, Dimension);

    [Benchmark(Description = "Floor: sum both blocks")]
    public float FloorBothBlocks() => BandwidthFloor.Sum(_catalog.Collaborative.Rows, Dimension) + BandwidthFloor.Sum(_catalog.Semantic.Rows, Dimension);

    [Benchmark(Description = "Floor: sum both 8-bit blocks")]
    public int FloorBothQuantisedBlocks() =>
        BandwidthFloor.Sum(_catalog.Collaborative.Quantised.Values, Dimension) + BandwidthFloor.Sum(_catalog.Semantic.Quantised.Values, Dimension);

    [Benchmark(Description = "Rank top 50, collaborative only")]
    public RankResult CollaborativeOnly() => _scorer.Rank(_profile, RankingStrategies.CollaborativeOnly, RankingStrategies.K);

    [Benchmark(Description = "Rank top 50, blend (collab + semantic + priors)")]
    public RankResult Blend() => _scorer.Rank(_profile, RankingStrategies.Blend, RankingStrategies.K);

    [Benchmark(Description = "Rank top 50, Balanced preset (blend + MMR λ 0.2)")]
    public RankResult Balanced() => _scorer.Rank(_profile, RankingStrategies.Balanced, RankingStrategies.K);
}
