using System.Diagnostics;
using System.Globalization;
using ColdStart.Engine.Collaborative;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Neighbours;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation;

/// <summary>
/// Tunes the Auto strategy for one dataset (a workspace, or the training side of an evaluation fold) on validation
/// users drawn from that data only — nothing else is read, so an evaluation that tunes inside each fold never lets Auto
/// see its test users:
/// <list type="number">
/// <item>hold out a share of the eligible users; train an inner model on the others (same encoder);</item>
/// <item>reveal 0, 1, 2, 3, 5 and 8 interactions of each validation user, like the new-user protocol;</item>
/// <item>pick the popularity half-life (popularity alone) and the neighbour settings (item-to-item alone) on them;</item>
/// <item>per step of the schedule (0, 1, 2–3, 4+ revealed items), search the six blend weights by coordinate descent
/// on validation NDCG@10 — and the two weights of the item-to-item + popularity baseline the same way;</item>
/// <item>hold out a share of the inner items, retrain without their events and tune the new-item policy (weights and
/// boost for items without interactions) on the users who took them, under the constraint that it costs new visitors
/// at most <see cref="TuningOptions.MaxNewUserLoss"/> of their validation NDCG@10.</item>
/// </list>
/// Deterministic for a seed.
/// </summary>
public static class AutoTuner
{
    /// <summary>Name of the tuned item-to-item + popularity baseline.</summary>
    public const string ItemToItemPopularityName = "Item-to-item + popularity";

    private static readonly float[] Grid = [0f, 0.03f, 0.1f, 0.3f, 1f, 3f];
    private static readonly float[] BoostGrid = [0f, 0.25f, 0.5f, 1f, 2f, 4f, 8f];
    private const int NewItemSeeds = 50;

    /// <summary>
    /// Tunes on <paramref name="data"/>; every inner model uses <paramref name="encoder"/> (shared, not owned). With an
    /// encoder trained on <paramref name="data"/> itself, the validation users' texts were part of its training, which
    /// flatters the semantic component a little; evaluations pass a fold trainer instead (see the other overload).
    /// </summary>
    /// <exception cref="TuningException">Too few users or positive interactions to tune.</exception>
    public static TuningResult Tune(Dataset data, ITextEncoder encoder, TrainingOptions training, TuningOptions? options = null,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        return Tune(data, new FoldTrainer(training, encoder), training, options, progress, ct);
    }

    /// <summary>
    /// Tunes on <paramref name="data"/>, training every inner model (and its text encoder, if the trainer trains one)
    /// with <paramref name="trainer"/> on the inner data only, so validation users are unseen by every model part.
    /// </summary>
    /// <exception cref="TuningException">Too few users or positive interactions to tune.</exception>
    public static TuningResult Tune(Dataset data, IFoldTrainer trainer, TrainingOptions training, TuningOptions? options = null,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(training);
        var owned = new List<FoldModel>();
        try
        {
            return Run(data, inner =>
            {
                var model = trainer.Train(inner, ct);
                owned.Add(model);
                return model.Snapshot;
            }, training, options ?? new TuningOptions(), progress, ct);
        }
        finally
        {
            foreach (var model in owned) model.Dispose();
        }
    }

    private static TuningResult Run(Dataset data, Func<Dataset, ModelSnapshot> build, TrainingOptions training, TuningOptions options,
        IProgress<string>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var notes = new List<string>();
        var timelines = UserTimeline.All(data);
        var eligible = Enumerable.Range(0, data.Users.Count).Where(u => timelines[u].PositiveItemCount() >= 2).ToArray();
        int validationCount = (int)Math.Round(options.ValidationShare * eligible.Length);
        if (validationCount < options.MinValidationUsers)
            throw new TuningException(
                $"Tuning needs at least {options.MinValidationUsers} validation users with positive interactions on 2+ items; " +
                $"'{data.Name}' has {eligible.Length} such users ({validationCount} for validation). The previous weights are kept.");
        new Random(options.Seed).Shuffle(eligible);
        // Small datasets give few validation users and noisy choices: use several disjoint validation splits (each with
        // its own inner model) until about MinMeasuredUsers are measured, at most MaxSplits.
        int splitCount = Math.Clamp((int)Math.Ceiling((double)options.MinMeasuredUsers / validationCount), 1, Math.Min(options.MaxSplits, eligible.Length / validationCount));
        var phases = new List<string>();
        var mark = clock.Elapsed;
        void Phase(string name)
        {
            phases.Add(FormattableString.Invariant($"{name} {(clock.Elapsed - mark).TotalSeconds:0.0} s"));
            mark = clock.Elapsed;
        }
        var splits = new List<Split>(splitCount);
        int measuredUsers = 0;
        for (int r = 0; r < splitCount; r++)
        {
            var validation = eligible[(r * validationCount)..((r + 1) * validationCount)];
            var measured = validation.Take(options.MaxValidationUsers).Order().ToArray();
            var drop = new bool[data.Users.Count];
            foreach (int u in validation) drop[u] = true;
            var inner = WithoutUsers(data, drop);
            progress?.Report($"Tuning: inner model {r + 1}/{splitCount} on {inner.Users.Count:N0} users ({validation.Length:N0} held out for validation)");
            var innerSnapshot = SnapshotBuilder.Rebuild(build(inner), training, ct);
            var revealed = Reveal(data, timelines, measured, options.EffectiveRevealCounts);
            splits.Add(new Split(inner, innerSnapshot, revealed));
            measuredUsers += measured.Length;
        }
        Phase(splitCount == 1 ? "inner model" : $"{splitCount} inner models");
        if (splits.All(x => x.Revealed.Count == 0))
            throw new TuningException($"Tuning found no validation user in '{data.Name}' with something left to find. The previous weights are kept.");

        progress?.Report("Tuning: popularity half-life and neighbour model");
        var (halfLife, popularityZ) = ChooseHalfLife(splits, training, options.EffectiveHalfLives);
        var (best, collaborative) = ChooseNeighbours(splits, popularityZ, options.EffectiveNeighbourGrid, options.EaseMaxItems, ct);
        var neighbours = ChooseRecency(splits, popularityZ, best.Options, best.Models);
        var collaborativeNeighbours = ReferenceEquals(best, collaborative)
            ? neighbours
            : ChooseRecency(splits, popularityZ, collaborative.Options, collaborative.Models);
        Phase("half-life and neighbours");
        progress?.Report("Tuning: collaborative model (ALS factors and λ)");
        var (als, alsSnapshots) = ChooseAls(splits, training, options.EffectiveAlsGrid, popularityZ, ct);
        for (int x = 0; x < splits.Count; x++) splits[x] = splits[x] with { Snapshot = alsSnapshots[x] };
        Phase("ALS");
        var tuned = training with { PopularityHalfLifeDays = halfLife, Neighbours = neighbours, Als = als };
        // The Item-to-item + popularity baseline stays collaborative: its neighbour model never reads item text.
        var tunedBaseline = tuned with { Neighbours = collaborativeNeighbours };
        notes.Add(FormattableString.Invariant($"Popularity half-life {halfLife:0.#} days; neighbours: {neighbours}; ALS {als.Factors} factors, λ {als.Regularization:0.###}."));
        if (tunedBaseline != tuned)
            notes.Add(FormattableString.Invariant($"Item-to-item + popularity baseline (interactions only): {collaborativeNeighbours}."));
        var cases = new List<ValidationCase>();
        var baselineCases = tunedBaseline == tuned ? cases : [];
        foreach (var split in splits)
        {
            cases.AddRange(BuildCases(SnapshotBuilder.Rebuild(split.Snapshot, tuned, ct), split.Revealed, options.Candidates, ct));
            if (!ReferenceEquals(baselineCases, cases))
                baselineCases.AddRange(BuildCases(SnapshotBuilder.Rebuild(split.Snapshot, tunedBaseline, ct), split.Revealed, options.Candidates, ct));
        }
        Phase("validation cases");

        progress?.Report("Tuning: blend weights per number of revealed items");
        var steps = WeightSchedule.DefaultSteps;
        var byStep = steps.Select((_, s) => cases.Where(c => StepOf(c.Interactions) == s).ToList()).ToArray();
        var baselineByStep = steps.Select((_, s) => baselineCases.Where(c => StepOf(c.Interactions) == s).ToList()).ToArray();
        var auto = new BlendWeights[steps.Count];
        var baseline = new BlendWeights[steps.Count];
        var text = new BlendWeights[steps.Count];
        var textStart = Strategy.SemanticOnly.Weights.ToArray();
        var summary = new List<(string, int, double, double)>();
        var popularityOnly = new float[] { 0, 0, 1, 0, 0, 0 };
        for (int s = 0; s < steps.Count; s++)
        {
            ct.ThrowIfCancellationRequested();
            var bucket = byStep[s];
            if (bucket.Count == 0)
            {
                auto[s] = s > 0 ? auto[s - 1] : new BlendWeights(0, 0, 1, 0);
                baseline[s] = s > 0 ? baseline[s - 1] : new BlendWeights(0, 0, 1, 0);
                text[s] = s > 0 ? text[s - 1] : Strategy.SemanticOnly.Weights;
                continue;
            }
            // The baseline's two weights first; Auto starts from them and moves only where validation clearly improves.
            var pair = Search(bucket, popularityOnly, [false, false, true, false, true, false]);
            var baselinePair = ReferenceEquals(baselineCases, cases) ? pair : Search(baselineByStep[s], popularityOnly, [false, false, true, false, true, false]);
            var all = Search(bucket, pair, [true, true, true, true, true, true]);
            // Keep the extra components only when, taken together, they beat the baseline's blend by two standard errors.
            var (gain, error) = PairedGain(Scores(bucket, all), Scores(bucket, pair));
            if (!(gain > 2 * error)) all = pair;
            auto[s] = BlendWeights.FromArray(all).Normalised();
            baseline[s] = BlendWeights.FromArray(baselinePair).Normalised();
            // The text-side row: semantic and lexical only, from the preset's equal weights.
            text[s] = BlendWeights.FromArray(Search(bucket, textStart, [false, true, false, false, false, true])).Normalised();
            summary.Add((new WeightSchedule([.. steps.Select(x => new WeightStep(x, auto[0]))]).RangeOf(s), bucket.Count,
                Mean(bucket, popularityOnly), Mean(bucket, all)));
        }
        var schedule = new WeightSchedule([.. steps.Select((from, s) => new WeightStep(from, auto[s]))]);
        Phase("weights");
        notes.Add("Auto weights: " + string.Join("; ", steps.Select((_, s) => $"{schedule.RangeOf(s)} revealed: {Describe(auto[s])}")) + ".");
        var baselineSchedule = new WeightSchedule([.. steps.Select((from, s) => new WeightStep(from, baseline[s]))]);

        NewItemPolicy? policy = null;
        if (options.NewItemShare > 0)
        {
            progress?.Report("Tuning: new-item policy");
            policy = TuneNewItems(splits[0].Inner, build, tuned, schedule, cases, options, notes, ct);
            Phase("new-item policy");
        }
        notes.Add(FormattableString.Invariant($"Tuned on {measuredUsers} validation users of '{data.Name}' ({splitCount} split{(splitCount == 1 ? "" : "s")}) in {clock.Elapsed.TotalSeconds:0.0} s ({string.Join(", ", phases)})."));
        var autoStrategy = new Strategy(Strategy.AutoName, auto[Math.Min(1, auto.Length - 1)], 0f, [new ExcludeSeenRule()], schedule, policy);
        var baselineStrategy = new Strategy(ItemToItemPopularityName, baseline[^1], 0f, [new ExcludeSeenRule()], baselineSchedule);
        var textStrategy = Strategy.SemanticOnly with { Weights = text[^1], Schedule = new WeightSchedule([.. steps.Select((from, s) => new WeightStep(from, text[s]))]) };
        return new TuningResult(tuned, autoStrategy, baselineStrategy, measuredUsers, summary, notes) { BaselineTraining = tunedBaseline, SemanticOnly = textStrategy };
    }

    private static int StepOf(int interactions)
    {
        var steps = WeightSchedule.DefaultSteps;
        int step = 0;
        for (int s = 0; s < steps.Count; s++) if (steps[s] <= interactions) step = s;
        return step;
    }

    private sealed record Revealed(Persona Persona, int[] Seeds, IReadOnlySet<int> Relevant);

    /// <summary>One validation split: the data without its validation users, the model trained on it, and the revealed validation cases.</summary>
    private sealed record Split(Dataset Inner, ModelSnapshot Snapshot, List<Revealed> Revealed);

    private static List<Revealed> Reveal(Dataset data, UserTimeline[] timelines, int[] users, IReadOnlyList<int> counts)
    {
        var result = new List<Revealed>();
        foreach (int u in users)
            foreach (int k in counts)
            {
                if (timelines[u].Reveal(k) is not { } r) continue;
                var ids = Array.ConvertAll(r.RevealedItems, i => data.Items[i].Id);
                var persona = new Persona($"Validation user {data.Users[u].Id}", data.Users[u].Attributes, "", ids, [.. r.Queries]);
                result.Add(new Revealed(persona, r.RevealedItems, r.Relevant));
            }
        return result;
    }

    /// <summary>The half-life whose popularity ranks the validation cases best (summed over the splits), and that popularity per split.</summary>
    private static (float HalfLife, float[][] PopularityZ) ChooseHalfLife(List<Split> splits, TrainingOptions training, IReadOnlyList<float> grid)
    {
        float best = training.PopularityHalfLifeDays;
        float[][]? bestZ = null;
        double bestScore = double.NegativeInfinity;
        foreach (float h in grid.Prepend(training.PopularityHalfLifeDays).Distinct())
        {
            var zs = splits.Select(x => CatalogIndex.Standardise(
                PopularityModel.Build(x.Inner, training.Weights, h, training.FreshnessHalfLifeDays).Popularity, logScale: true)).ToArray();
            double score = splits.Select((x, i) => x.Revealed.AsParallel().Select(c => RankNdcg(zs[i], c)).Sum()).Sum();
            if (score > bestScore + 1e-9) (best, bestZ, bestScore) = (h, zs, score);
        }
        return (best, bestZ!);
    }

    /// <summary>Neighbour settings and their model per validation split.</summary>
    private sealed record NeighbourChoice(NeighbourOptions Options, ItemNeighbours[] Models, double Score);

    /// <summary>
    /// The grid's best neighbour settings (summed over the splits) with their model per split, and the best of those that
    /// use interactions only (<see cref="NeighbourOptions.Content"/> = 0; the same object when that is the best overall).
    /// </summary>
    private static (NeighbourChoice Best, NeighbourChoice Collaborative) ChooseNeighbours(List<Split> splits, float[][] popularityZ,
        IReadOnlyList<NeighbourOptions> grid, int easeMaxItems, CancellationToken ct)
    {
        NeighbourChoice? best = null, collaborative = null;
        var first = splits[0].Inner;
        bool hasViews = first.Events.Any(e => e.Item >= 0 && !PositiveFeedback.IsPositive(e)) && first.Events.Any(e => PositiveFeedback.IsPositive(e));
        int positiveItems = first.Events.Where(e => e.Item >= 0 && PositiveFeedback.IsPositive(e)).Select(e => e.Item).Distinct().Count();
        foreach (var option in grid)
        {
            if (!option.PositivesOnly && !hasViews) continue;
            if (option.Method == NeighbourMethod.Ease && positiveItems > Math.Min(easeMaxItems, NeighbourOptions.EaseMaxItems)) continue;
            Offer(Evaluate(option));
        }
        // EASE's λ and item-text weight are continuous: refine the grid's best around it (halve, double), one at a time.
        if (collaborative is { Options.Method: NeighbourMethod.Ease }) Refine(collaborative);
        if (best is { Options.Method: NeighbourMethod.Ease } && !ReferenceEquals(best, collaborative)) Refine(best);
        collaborative ??= Fallback(grid.FirstOrDefault(o => o.Content == 0) ?? new NeighbourOptions());
        return (best ?? collaborative, collaborative);

        NeighbourChoice Evaluate(NeighbourOptions option)
        {
            ct.ThrowIfCancellationRequested();
            double score = 0;
            var models = new ItemNeighbours[splits.Count];
            for (int x = 0; x < splits.Count; x++)
            {
                models[x] = ItemNeighbours.Build(splits[x].Inner, option, ct);
                score += NeighbourScore(models[x], splits[x].Revealed, popularityZ[x]);
            }
            return new NeighbourChoice(option, models, score);
        }

        bool Offer(NeighbourChoice choice)
        {
            bool better = best is null || choice.Score > best.Score + 1e-9;
            if (better) best = choice;
            if (choice.Options.Content == 0 && (collaborative is null || choice.Score > collaborative.Score + 1e-9))
            {
                collaborative = choice;
                better = true;
            }
            return better;
        }

        void Refine(NeighbourChoice start)
        {
            var current = start;
            foreach (float factor in (float[])[0.5f, 2f])
            {
                var trial = Evaluate(current.Options with { Lambda = current.Options.Lambda * factor });
                if (Offer(trial) && trial.Score > current.Score) current = trial;
            }
            if (current.Options.Content == 0) return;
            foreach (float factor in (float[])[0.5f, 2f])
            {
                var trial = Evaluate(current.Options with { Content = current.Options.Content * factor });
                if (Offer(trial) && trial.Score > current.Score) current = trial;
            }
        }

        NeighbourChoice Fallback(NeighbourOptions option) => new(option, [.. splits.Select(x => ItemNeighbours.Build(x.Inner, option, ct))], double.NegativeInfinity);
    }

    /// <summary>
    /// The ALS settings — the training options' own or one of <paramref name="grid"/> (factors, λ) — whose collaborative
    /// component alone (popularity breaking its ties) ranks the validation cases best, summed over the splits, with each
    /// split's snapshot retrained with them (the text encoder is kept; only the collaborative model and its maps change).
    /// </summary>
    private static (AlsOptions Als, ModelSnapshot[] Snapshots) ChooseAls(List<Split> splits, TrainingOptions training,
        IReadOnlyList<(int Factors, float Regularization)> grid, float[][] popularityZ, CancellationToken ct)
    {
        var own = splits.Select(x => x.Snapshot).ToArray();
        // The encoder is the same for every candidate: each validation persona's text is encoded once.
        var texts = splits.Select((x, i) => x.Revealed.AsParallel().AsOrdered().Select(c => ProfileBuilder.PriorText(own[i].Encoder, c.Persona)).ToArray()).ToArray();
        var best = (Als: own[0].Options.Als, Snapshots: own, Score: CollaborativeScore(own, splits, texts, popularityZ));
        foreach (var (factors, lambda) in grid)
        {
            var als = training.Als with { Factors = factors, Regularization = lambda };
            if (als == best.Als || als == own[0].Options.Als) continue;
            ct.ThrowIfCancellationRequested();
            var snapshots = splits.Select(x => SnapshotBuilder.Rebuild(x.Snapshot, x.Snapshot.Options with { Als = als }, ct)).ToArray();
            double score = CollaborativeScore(snapshots, splits, texts, popularityZ);
            if (score > best.Score + 1e-9) best = (als, snapshots, score);
        }
        return (best.Als, best.Snapshots);
    }

    /// <summary>Summed NDCG@10 of the collaborative component alone (the profile builder's vector) over every validation case.</summary>
    private static double CollaborativeScore(ModelSnapshot[] snapshots, List<Split> splits, float[]?[][] texts, float[][] popularityZ)
    {
        double total = 0;
        for (int x = 0; x < splits.Count; x++)
        {
            var snapshot = snapshots[x];
            var rows = snapshot.Catalog.Collaborative;
            var z = popularityZ[x];
            var revealed = splits[x].Revealed;
            var text = texts[x];
            total += Enumerable.Range(0, revealed.Count).AsParallel().Select(n =>
            {
                var c = revealed[n];
                var query = snapshot.Profiles.CollaborativeOnly(c.Persona, text[n]);
                var s = new float[rows.Count];
                for (int i = 0; i < s.Length; i++) s[i] = System.Numerics.Tensors.TensorPrimitives.Dot(rows.Row(i), query) + 1e-3f * z[i];
                return RankNdcg(s, c);
            }).Sum();
        }
        return total;
    }

    /// <summary>Summed NDCG@10 of item-to-item alone (popularity breaking its ties) over the cases with a seed.</summary>
    private static double NeighbourScore(ItemNeighbours model, List<Revealed> cases, float[] popularityZ) =>
        cases.Where(c => c.Seeds.Length > 0).AsParallel().Select(c =>
        {
            var s = model.Score(c.Seeds);
            for (int i = 0; i < s.Length; i++) s[i] += 1e-3f * popularityZ[i];
            return RankNdcg(s, c);
        }).Sum();

    /// <summary>The seed recency decay for the chosen neighbours, on validation users with 2+ revealed items (same model, query-time only).</summary>
    private static NeighbourOptions ChooseRecency(List<Split> splits, float[][] popularityZ, NeighbourOptions chosen, ItemNeighbours[] models)
    {
        var best = chosen;
        double bestScore = double.NegativeInfinity;
        foreach (float decay in (float[])[1f, 0.8f, 0.6f, 0.4f])
        {
            var option = chosen with { RecencyDecay = decay };
            double score = 0;
            for (int x = 0; x < splits.Count; x++)
                score += NeighbourScore(models[x].WithOptions(option), [.. splits[x].Revealed.Where(c => c.Seeds.Length > 1)], popularityZ[x]);
            if (score > bestScore + 1e-9) (best, bestScore) = (option, score);
        }
        return best;
    }

    /// <summary>NDCG@10 of ranking every item not revealed by <paramref name="scores"/> (ties by the scorer's tie key).</summary>
    private static double RankNdcg(float[] scores, Revealed c)
    {
        var top = new TopK(10);
        var seen = new HashSet<int>(c.Seeds);
        for (int i = 0; i < scores.Length; i++)
            if (scores[i] >= top.Threshold && !seen.Contains(i)) top.Offer(scores[i], i);
        return Metrics.NdcgAt(Array.ConvertAll(top.Sorted(), x => x.Index), c.Relevant, 10);
    }

    private static List<ValidationCase> BuildCases(ModelSnapshot snapshot, List<Revealed> revealed, int perComponent, CancellationToken ct)
    {
        var cases = new ValidationCase?[revealed.Count];
        Parallel.For(0, revealed.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var r = revealed[i];
            var profile = snapshot.Profiles.Build(r.Persona) with { SeenItems = r.Seeds };
            var components = ScoringPass.UnitComponents(snapshot.Catalog, profile);
            cases[i] = ValidationCase.Create(components, snapshot.Catalog.Cold, r.Seeds, r.Relevant, profile.Interactions, perComponent);
        });
        return [.. cases.OfType<ValidationCase>()];
    }

    private static double Mean(List<ValidationCase> cases, float[] w) => cases.AsParallel().Select(c => c.Ndcg(w)).Average();

    /// <summary>
    /// Coordinate descent over the allowed weights from <paramref name="start"/>: each round tries, per weight, 0, a
    /// few fixed values and multiplicative steps around its current value. A change is kept only when its paired gain
    /// over the validation cases exceeds one standard error (small validation sets would otherwise chase noise). The
    /// blend is scale-free, so steps are relative. Stops when a round changes nothing.
    /// </summary>
    private static float[] Search(List<ValidationCase> cases, float[] start, bool[] allowed)
    {
        var w = (float[])start.Clone();
        var current = Scores(cases, w);
        for (int round = 0; round < 6; round++)
        {
            bool improved = false;
            for (int c = 0; c < w.Length; c++)
            {
                if (!allowed[c]) continue;
                float[]? bestTrial = null;
                double[]? bestScores = null;
                double bestGain = 0;
                foreach (float g in Steps(w, c))
                {
                    var trial = (float[])w.Clone();
                    trial[c] = g;
                    if (trial.All(v => v == 0)) continue;
                    var scores = Scores(cases, trial);
                    var (gain, error) = PairedGain(scores, current);
                    if (gain > error && gain > bestGain) (bestTrial, bestScores, bestGain) = (trial, scores, gain);
                }
                if (bestTrial is null) continue;
                (w, current, improved) = (bestTrial, bestScores!, true);
            }
            if (!improved) break;
        }
        return w;
    }

    private static double[] Scores(List<ValidationCase> cases, float[] w)
    {
        var scores = new double[cases.Count];
        Parallel.For(0, cases.Count, i => scores[i] = cases[i].Ndcg(w));
        return scores;
    }

    /// <summary>Mean of <paramref name="a"/> − <paramref name="b"/> and its standard error.</summary>
    private static (double Gain, double Error) PairedGain(double[] a, double[] b)
    {
        double sum = 0, sumSq = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            sum += d;
            sumSq += d * d;
        }
        int n = Math.Max(1, a.Length);
        double mean = sum / n;
        double variance = Math.Max(0, sumSq / n - mean * mean);
        return (mean, Math.Sqrt(variance / n));
    }

    /// <summary>Values to try for weight <paramref name="c"/>: 0, fixed values relative to the largest weight, and ×½, ×⅔, ×1.5, ×2 the current one.</summary>
    private static SortedSet<float> Steps(float[] w, int c)
    {
        float scale = w.Max();
        if (scale <= 0) scale = 1;
        var values = new SortedSet<float> { 0f };
        foreach (float g in Grid) if (g > 0) values.Add(g * scale);
        if (w[c] > 0) foreach (float f in (float[])[0.5f, 0.67f, 1.5f, 2f]) values.Add(w[c] * f);
        values.Remove(w[c]);
        return values;
    }

    private static NewItemPolicy? TuneNewItems(Dataset inner, Func<Dataset, ModelSnapshot> build, TrainingOptions tuned, WeightSchedule schedule,
        List<ValidationCase> newUserCases, TuningOptions options, List<string> notes, CancellationToken ct)
    {
        var positives = new HashSet<int>();
        foreach (var e in inner.Events) if (PositiveFeedback.IsPositive(e)) positives.Add(e.Item);
        var candidates = positives.Order().ToArray();
        new Random(options.Seed + 1).Shuffle(candidates);
        int count = (int)Math.Round(options.NewItemShare * candidates.Length);
        if (count < 5)
        {
            notes.Add("New-item policy not tuned: too few items with positive interactions to hold out.");
            return null;
        }
        var heldOut = new HashSet<int>(candidates[..count]);
        var training = new List<Event>(inner.Events.Count);
        var relevant = new Dictionary<int, HashSet<int>>();
        foreach (var e in inner.Events)
        {
            if (e.Item < 0 || !heldOut.Contains(e.Item)) training.Add(e);
            else if (PositiveFeedback.IsPositive(e))
            {
                if (!relevant.TryGetValue(e.User, out var set)) relevant[e.User] = set = [];
                set.Add(e.Item);
            }
        }
        var data = inner with { Name = inner.Name + " (new-item tuning)", Events = training };
        var snapshot = SnapshotBuilder.Rebuild(build(data), tuned, ct);
        var history = UserHistory.From(training, data.Users.Count);
        var users = relevant.Keys.Order().ToArray();
        new Random(options.Seed + 2).Shuffle(users);
        var chosen = users.Take(options.MaxValidationUsers).ToArray();
        var cases = new ValidationCase?[chosen.Length];
        Parallel.For(0, chosen.Length, new ParallelOptions { CancellationToken = ct }, i =>
        {
            int u = chosen[i];
            var seeds = history.LatestItems(u, NewItemSeeds);
            var seen = history.AllItems(u);
            if (seeds.Length == 0) return;
            var persona = new Persona("Validation user", data.Users[u].Attributes, "", Array.ConvertAll(seeds, s => data.Items[s].Id),
                history.LatestQueries(u, UserHistory.MaxQueries));
            var profile = snapshot.Profiles.Build(persona) with { SeenItems = seen };
            var components = ScoringPass.UnitComponents(snapshot.Catalog, profile);
            cases[i] = ValidationCase.Create(components, snapshot.Catalog.Cold, seen, relevant[u], profile.Interactions, options.Candidates);
        });
        var itemCases = cases.OfType<ValidationCase>().ToList();
        if (itemCases.Count < options.MinValidationUsers)
        {
            notes.Add($"New-item policy not tuned: only {itemCases.Count} users took a held-out item.");
            return null;
        }

        double NewItemScore(float[] p, float boost) => itemCases.AsParallel().Select(c => c.Ndcg(schedule.For(c.Interactions).ToArray(), p, boost)).Average();
        double NewUserScore(float[] p, float boost) => newUserCases.AsParallel().Select(c => c.Ndcg(schedule.For(c.Interactions).ToArray(), p, boost)).Average();

        double floor = (1 - options.MaxNewUserLoss) * newUserCases.AsParallel().Select(c => c.Ndcg(schedule.For(c.Interactions).ToArray())).Average();
        var w = schedule.Steps[^1].Weights.ToArray();
        float bestBoost = 0;
        double best = NewItemScore(w, bestBoost), start = best;
        for (int round = 0; round < 3; round++)
        {
            bool improved = false;
            for (int c = 0; c <= w.Length; c++)
            {
                foreach (float g in c < w.Length ? Grid : BoostGrid)
                {
                    var trial = (float[])w.Clone();
                    float boost = bestBoost;
                    if (c < w.Length)
                    {
                        if (g == w[c]) continue;
                        trial[c] = g;
                    }
                    else
                    {
                        if (g == bestBoost) continue;
                        boost = g;
                    }
                    double score = NewItemScore(trial, boost);
                    if (score <= best + 1e-9 || NewUserScore(trial, boost) < floor) continue;
                    (w, bestBoost, best, improved) = (trial, boost, score, true);
                }
            }
            if (!improved) break;
        }
        if (!(best > start))
        {
            // Nothing helped within the cap: new items are scored like every other item (a policy equal to one step's
            // weights would otherwise change the others).
            notes.Add(FormattableString.Invariant(
                $"New-item policy: none (no policy raised validation NDCG@10 on {itemCases.Count} users who took one of {count} held-out items above {start:0.0000} at a cost to new visitors of at most {options.MaxNewUserLoss:P0})."));
            return null;
        }
        notes.Add(FormattableString.Invariant(
            $"New-item policy: validation NDCG@10 on {itemCases.Count} users who took one of {count} held-out items went from {start:0.0000} to {best:0.0000} (boost {bestBoost:0.##}), costing new visitors at most {options.MaxNewUserLoss:P0}."));
        return new NewItemPolicy(BlendWeights.FromArray(w), bestBoost);
    }

    /// <summary>The dataset without the flagged users (renumbered in order) and their events; items unchanged.</summary>
    internal static Dataset WithoutUsers(Dataset data, bool[] drop)
    {
        var newIndex = new int[data.Users.Count];
        var users = new List<User>(data.Users.Count);
        for (int u = 0; u < data.Users.Count; u++)
        {
            newIndex[u] = drop[u] ? -1 : users.Count;
            if (!drop[u]) users.Add(data.Users[u]);
        }
        var events = new List<Event>(data.Events.Count);
        foreach (var e in data.Events)
            if ((uint)e.User < (uint)drop.Length && !drop[e.User]) events.Add(e with { User = newIndex[e.User] });
        return new Dataset(data.Name + " (tuning)", data.Items, users, events);
    }

    /// <summary>Human-readable weights, e.g. "popularity 0.62, item-to-item 0.31, lexical 0.07".</summary>
    public static string Describe(BlendWeights weights)
    {
        var values = weights.Normalised().ToArray();
        var parts = new List<string>();
        for (int c = 0; c < values.Length; c++)
            if (values[c] > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{BlendWeights.Names[c].ToLowerInvariant()} {values[c]:0.00}"));
        return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
    }
}
