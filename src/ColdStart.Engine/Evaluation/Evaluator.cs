using ColdStart.Engine.Training;
using System.Diagnostics;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Offline cold-start evaluation: trains one snapshot per fold on the fold's training data only (through an
/// <see cref="IFoldTrainer"/>), reveals what a new user (or the taker of a new item) would show, ranks with every
/// baseline and strategy — the strategies and most baselines through the snapshot's one <see cref="Scorer"/> — and reports
/// NDCG@10, Recall@20, HitRate@10, MRR, coverage, diversity and novelty per (strategy, protocol, k) with 95% bootstrap
/// intervals. Test users are ranked in parallel; the snapshot, scorer and encoder are thread-safe.
/// </summary>
/// <remarks>
/// Protocols: leave-users-out with seeded user folds (<see cref="NewUserSplit"/>); held-out items with content-predicted
/// collaborative vectors (<see cref="NewItemSplit"/>). Deterministic for a seed: the same options and data give the same rows.
/// </remarks>
public sealed partial class Evaluator
{
    private readonly IFoldTrainer _trainer;
    private readonly ListRanker[] _rankers;

    /// <summary>Checks the options and prepares the baselines and strategies.</summary>
    /// <param name="options">What to run.</param>
    /// <param name="trainer">How to train a fold; null trains a <see cref="FoldTrainer"/> with a fresh encoder per fold.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public Evaluator(EvaluationOptions options, IFoldTrainer? trainer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid evaluation options: " + string.Join(" ", errors), nameof(options));
        Options = options;
        _trainer = trainer ?? new FoldTrainer(options.Training, options.FoldEncoder);
        _rankers = CreateRankers(options.Strategies, options.Auto);
    }

    public EvaluationOptions Options { get; }

    /// <summary>Names of the report's rows per (protocol, k): baselines first, then the strategies.</summary>
    public IReadOnlyList<string> RowNames => Array.ConvertAll(_rankers, r => r.Name);

    /// <summary>Runs every protocol of the options on <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">The dataset has no items, no events, or too few users with positive interactions.</exception>
    public EvaluationReport Run(Dataset data, IProgress<EvaluationProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Items.Count == 0) throw new ArgumentException($"Dataset '{data.Name}' has no items: nothing to evaluate.", nameof(data));
        if (data.Events.Count == 0) throw new ArgumentException($"Dataset '{data.Name}' has no events: nothing to evaluate.", nameof(data));
        var clock = Stopwatch.StartNew();
        var run = new RunState(new OutcomeTable(_rankers.Length), progress, StepCount());
        foreach (var protocol in Options.Protocols)
        {
            if (protocol == EvaluationProtocol.NewUser) RunNewUser(data, run, ct);
            else RunNewItem(data, run, ct);
        }
        run.Report("Computing bootstrap intervals");
        var aggregation = Stopwatch.StartNew();
        var rows = Aggregate(run.Outcomes, ct);
        aggregation.Stop();
        run.Step();
        run.Report("Done");
        var timings = new EvaluationTimings(clock.Elapsed.TotalSeconds, run.Training.Elapsed.TotalSeconds, run.Ranking.Elapsed.TotalSeconds,
            aggregation.Elapsed.TotalSeconds, Options.MaxParallelism > 0 ? Options.MaxParallelism : Environment.ProcessorCount);
        return new EvaluationReport(data.Name, data.Items.Count, data.Users.Count, data.Events.Count, Options, rows, timings,
            [.. Notes(data, run.Outcomes), .. run.Notes.Distinct()]);
    }

    private int StepCount() => Options.Protocols.Sum(p => p == EvaluationProtocol.NewUser ? 2 * Options.Folds : 2) + 1;

    private static ListRanker[] CreateRankers(IReadOnlyList<Strategy> strategies, bool auto)
    {
        var rankers = new List<ListRanker>
        {
            new RandomRanker(),
            new StrategyRanker(Baselines.PopularityOnly, baseline: true, globalPopularity: true),
            new StrategyRanker(Baselines.PopularityOnly with { Name = Baselines.SegmentPopularity }, baseline: true),
            new ItemKnnRanker(),
            new StrategyRanker(Strategy.CollaborativeOnly, baseline: true),
            new StrategyRanker(Baselines.EncoderOnly, baseline: true),
            new TunedRanker(Strategy.SemanticOnly.Name, baseline: true, t => t.SemanticOnly ?? Strategy.SemanticOnly, Strategy.SemanticOnly),
            new StrategyRanker(Baselines.TfIdfContent, baseline: true),
            new TunedRanker(AutoTuner.ItemToItemPopularityName, baseline: true, t => t.ItemToItemPopularity, Baselines.UntunedItemToItemPopularity),
        };
        foreach (var strategy in strategies)
            if (!Baselines.IsBaselinePreset(strategy)) rankers.Add(new StrategyRanker(strategy, baseline: false));
        if (auto) rankers.Add(new TunedRanker(Strategy.AutoName, baseline: false, t => t.Auto, Baselines.UntunedAuto));
        return [.. rankers];
    }

    /// <summary>Deterministic per-case seed (SplitMix64 finaliser over the run seed and the case coordinates).</summary>
    private static int CaseSeed(int seed, EvaluationProtocol protocol, int fold, int user, int k)
    {
        ulong z = (ulong)(uint)seed;
        foreach (int part in (ReadOnlySpan<int>)[(int)protocol, fold, user, k])
        {
            z = (z ^ (uint)part) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
        }
        return (int)(z & int.MaxValue);
    }

    /// <summary>Progress, the outcome table and the training/ranking stopwatches of one run.</summary>
    private sealed class RunState(OutcomeTable outcomes, IProgress<EvaluationProgress>? progress, int steps)
    {
        private int _done;

        public OutcomeTable Outcomes { get; } = outcomes;
        public Stopwatch Training { get; } = new();
        public Stopwatch Ranking { get; } = new();
        public List<string> Notes { get; } = [];

        public void Report(string message) => progress?.Report(new EvaluationProgress(message, Math.Min(1.0, (double)_done / steps)));

        public void Step() => _done++;
    }
}
