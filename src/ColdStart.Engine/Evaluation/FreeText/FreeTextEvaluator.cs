using System.Diagnostics;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>
/// The free-text benchmark, text → items: what the merchandiser does on the Personas page when describing a visitor in
/// words. For every case (<see cref="FreeTextCases"/>) each row scores the whole catalog from the person's text alone;
/// the top 20 (ties broken by a per-case random order, never by catalog order) give NDCG@10 and Recall@20 against the
/// relevant items, with 95% bootstrap intervals. Rows that need a trained model (the project encoder) are trained per
/// fold on everyone but that fold's people, so no person's later interactions reach the model that ranks for them.
/// </summary>
public sealed class FreeTextEvaluator
{
    private readonly IReadOnlyList<FreeTextRow> _rows;
    private readonly IFoldTrainer _trainer;

    /// <param name="options">What to run.</param>
    /// <param name="rows">The rows, in report order.</param>
    /// <param name="trainer">Trains a fold's model for rows that need one; null trains a <see cref="FoldTrainer"/> with a fresh encoder per fold.</param>
    /// <exception cref="ArgumentException">Invalid options, no rows, or two rows of one name.</exception>
    public FreeTextEvaluator(FreeTextOptions options, IReadOnlyList<FreeTextRow> rows, IFoldTrainer? trainer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rows);
        var errors = options.Validate().ToList();
        if (rows.Count == 0) errors.Add("Give at least one row.");
        foreach (var name in rows.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            errors.Add($"Row '{name}' is listed twice.");
        if (errors.Count > 0) throw new ArgumentException("Invalid free-text options: " + string.Join(" ", errors), nameof(options));
        Options = options;
        _rows = rows;
        var defaults = new EvaluationOptions();
        _trainer = trainer ?? new FoldTrainer(defaults.Training, defaults.FoldEncoder);
    }

    public FreeTextOptions Options { get; }

    /// <summary>Ranks the catalog of <paramref name="data"/> for every case with every row.</summary>
    /// <exception cref="ArgumentException">No items, no cases, or fewer people than folds when a row needs a model per fold.</exception>
    public FreeTextReport Run(Dataset data, IReadOnlyList<FreeTextCase> cases, IProgress<EvaluationProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(cases);
        if (data.Items.Count == 0) throw new ArgumentException($"Dataset '{data.Name}' has no items: nothing to rank.", nameof(data));
        if (cases.Count == 0)
            throw new ArgumentException($"Dataset '{data.Name}' has no free-text cases: nobody wrote anything (searches, tags) and took an item afterwards.", nameof(cases));
        var clock = Stopwatch.StartNew();
        var folds = Folds(cases);
        var lexical = LexicalIndex.Build(data.Items);
        var ndcg = _rows.Select(_ => new float[cases.Count]).ToArray();
        var recall = _rows.Select(_ => new float[cases.Count]).ToArray();
        for (int f = 0; f < folds.Length; f++)
        {
            progress?.Report(new EvaluationProgress($"Fold {f + 1} of {folds.Length}: training", (double)f / folds.Length));
            using var model = _rows.Any(r => r.NeedsFoldModel) ? _trainer.Train(FoldData.WithoutUsers(data, folds[f].Select(c => cases[c].User).ToHashSet(), $"free-text fold {f + 1}"), ct) : null;
            var fold = new FreeTextFold(data.Items, lexical, model?.Snapshot);
            progress?.Report(new EvaluationProgress($"Fold {f + 1} of {folds.Length}: ranking {folds[f].Length:N0} cases", (f + 0.5) / folds.Length));
            var scorers = _rows.Select(r => r.Prepare(fold)).ToArray();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = ct };
            Parallel.ForEach(folds[f], parallel, c =>
            {
                var testCase = cases[c];
                int tieSeed = CaseSeed(Options.Seed, testCase.User);
                for (int r = 0; r < scorers.Length; r++)
                {
                    var ranked = Top(scorers[r](testCase.Text), MetricNames.ListLength, tieSeed);
                    ndcg[r][c] = Metrics.NdcgAt(ranked, testCase.Relevant, MetricNames.Cutoff);
                    recall[r][c] = Metrics.RecallAt(ranked, testCase.Relevant, MetricNames.ListLength);
                }
            });
        }
        progress?.Report(new EvaluationProgress("Computing bootstrap intervals", 1));
        var results = new FreeTextResult[_rows.Count];
        for (int r = 0; r < results.Length; r++)
            results[r] = new FreeTextResult(_rows[r].Name, cases.Count,
                BootstrapInterval.Compute(ndcg[r], Options.BootstrapResamples, seed: Options.Seed),
                BootstrapInterval.Compute(recall[r], Options.BootstrapResamples, seed: Options.Seed));
        return new FreeTextReport(data.Name, data.Items.Count, cases.Count, results, clock.Elapsed.TotalSeconds, Notes(folds.Length));
    }

    /// <summary>
    /// The best <paramref name="length"/> items, best first; equal scores in a random order of the case
    /// (<see cref="TopK"/>'s tie key of the index XOR a per-case mask), never in catalog order.
    /// </summary>
    internal static int[] Top(float[] scores, int length, int tieSeed)
    {
        var top = new TopK(Math.Min(length, scores.Length));
        int mask = tieSeed & int.MaxValue;
        for (int i = 0; i < scores.Length; i++) top.Offer(scores[i], i ^ mask);
        var sorted = top.Sorted();
        var ranked = new int[sorted.Length];
        for (int r = 0; r < ranked.Length; r++) ranked[r] = sorted[r].Index ^ mask;
        return ranked;
    }

    /// <summary>Case indices per fold: one fold of every case when no row needs a trained model, else people dealt into folds by a seeded shuffle.</summary>
    private int[][] Folds(IReadOnlyList<FreeTextCase> cases)
    {
        if (!_rows.Any(r => r.NeedsFoldModel)) return [[.. Enumerable.Range(0, cases.Count)]];
        if (cases.Count < Options.Folds)
            throw new ArgumentException($"Only {cases.Count} people have free-text cases; {Options.Folds} folds need at least {Options.Folds}.", nameof(cases));
        var order = Enumerable.Range(0, cases.Count).ToArray();
        new Random(Options.Seed).Shuffle(order);
        return [.. Enumerable.Range(0, Options.Folds).Select(f => order.Where((_, i) => i % Options.Folds == f).Order().ToArray())];
    }

    private List<string> Notes(int folds) =>
    [
        "Every item is ranked for every case from the person's text alone; TF-IDF and given encoders read item text only, so they need no folds.",
        folds > 1
            ? $"Rows trained on the data ({string.Join(", ", _rows.Where(r => r.NeedsFoldModel).Select(r => r.Name))}) use {folds} folds of people: each fold's model never saw that fold's people."
            : "No row is trained on the data: one pass over every case.",
    ];

    /// <summary>Deterministic per-case seed (SplitMix64 finaliser of the run seed and the user).</summary>
    private static int CaseSeed(int seed, int user)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)user) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }
}
