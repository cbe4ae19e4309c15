using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace ColdStart.Benchmarks;

/// <summary>
/// BenchmarkDotNet settings for a small, shared, noisy machine: one launch, in process (no per-class project rebuild),
/// short iterations, many of them, and the median, percentiles and Op/s shown beside the mean.
/// </summary>
internal static class BenchmarkConfig
{
    /// <summary>Our own flags; everything else goes to BenchmarkDotNet (e.g. <c>--filter *Ranking1M*</c>).</summary>
    public const string QuickFlag = "--quick";

    /// <summary>Runs each class in its own generated process instead of in this one (slower to start, better isolated).</summary>
    public const string OutOfProcessFlag = "--out-of-process";

    /// <summary>Where reports go unless <c>--artifacts</c> is given: beside the binaries, so runs leave the worktree clean.</summary>
    public static string DefaultArtifactsPath => Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    public static IConfig Create(bool quick, bool outOfProcess, bool artifactsGiven)
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(quick ? 5 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 100 : 250))
            .WithId(quick ? "Quick" : "Short");
        if (!outOfProcess) job = job.WithToolchain(InProcessEmitToolchain.Instance);

        var config = DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.OperationsPerSecond)
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
            .WithSummaryStyle(BenchmarkDotNet.Reports.SummaryStyle.Default.WithMaxParameterColumnWidth(40))
            .WithOptions(ConfigOptions.DisableLogFile);
        return artifactsGiven ? config : config.WithArtifactsPath(DefaultArtifactsPath);
    }
}
