using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace ColdStart.Benchmarks;

/// <summary>
/// BenchmarkDotNet settings for a small, shared, noisy machine: one launch per benchmark in its own process (so JIT tiering
/// and PGO state of one benchmark cannot leak into the next), six warm-up and fifteen measured iterations of 250 ms, and
/// the median, 95th percentile and Op/s shown beside the mean. <c>--quick</c> measures 5 iterations of 100 ms;
/// <c>--in-process</c> skips the generated-project build (faster to start, but benchmarks then share one JIT).
/// </summary>
/// <remarks>
/// Each benchmark process runs with <c>DOTNET_TC_CallCountingDelayMs=0</c>: a method is promoted to optimised tier-1
/// code as soon as it has been called 30 times, instead of after a quiet period of 100 ms without new tier-0 JIT work.
/// In a fresh benchmark process that quiet period seldom comes, and the scorer's chunk loop
/// (<c>ScoringPass.ScoreRange</c>) then ran tier-0/OSR code for the whole measurement: 2–5× slower and very noisy here.
/// The steady-state code (tier 1 with dynamic PGO) is the same either way. In process, or with <c>--default-jit</c>,
/// the runtime's defaults apply.
/// </remarks>
internal static class BenchmarkConfig
{
    /// <summary>Our own flags; everything else goes to BenchmarkDotNet (e.g. <c>--filter *Ranking*</c>).</summary>
    public const string QuickFlag = "--quick";

    /// <summary>Runs every benchmark in this process instead of one generated process each (no build, less isolation).</summary>
    public const string InProcessFlag = "--in-process";

    /// <summary>Leaves JIT tiering at the runtime's defaults (see the remarks).</summary>
    public const string DefaultJitFlag = "--default-jit";

    /// <summary>Where reports go unless <c>--artifacts</c> is given: beside the binaries, so runs leave the worktree clean.</summary>
    public static string DefaultArtifactsPath => Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    public static IConfig Create(bool quick, bool inProcess, bool defaultJit, bool artifactsGiven)
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(6)
            .WithIterationCount(quick ? 5 : 15)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 100 : 250))
            .WithId(quick ? "Quick" : "Short");
        if (!defaultJit && !inProcess) job = job.WithEnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0");
        if (inProcess) job = job.WithToolchain(InProcessEmitToolchain.Instance);

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
