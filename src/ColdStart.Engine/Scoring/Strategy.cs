namespace ColdStart.Engine.Scoring;

/// <summary>
/// A named ranking recipe: blend weights, MMR diversity λ (0 = pure relevance) and rules. An optional
/// <see cref="Schedule"/> replaces <see cref="Weights"/> by weights that depend on how many items the visitor has
/// revealed (the Auto strategy), and an optional <see cref="NewItems"/> policy scores items without interactions with
/// their own weights.
/// </summary>
public sealed record Strategy(
    string Name,
    BlendWeights Weights,
    float DiversityLambda,
    IReadOnlyList<Rule> Rules,
    WeightSchedule? Schedule = null,
    NewItemPolicy? NewItems = null)
{
    public static Strategy Balanced { get; } = new("Balanced", BlendWeights.Balanced, 0.2f, [new ExcludeSeenRule()]);
    public static Strategy CollaborativeOnly { get; } = new("Collaborative only", new(1, 0, 0, 0), 0, [new ExcludeSeenRule()]);
    /// <summary>
    /// The text side alone: the encoder's semantic match and the lexical (TF-IDF) match, equal standardised weights —
    /// what the engine reads from text, nothing from other visitors. (The encoder alone is a slider setting of its own.)
    /// </summary>
    public static Strategy SemanticOnly { get; } = new("Semantic only", new(0, 1, 0, 0, 0, 1), 0, [new ExcludeSeenRule()]);

    /// <summary>The name of the strategy tuned per workspace (see <c>AutoTuner</c>).</summary>
    public const string AutoName = "Auto";

    /// <summary>The three presets the workbench offers.</summary>
    public static IReadOnlyList<Strategy> Presets { get; } = [Balanced, CollaborativeOnly, SemanticOnly];

    /// <summary>The weights in force for a visitor who revealed <paramref name="interactions"/> items.</summary>
    public BlendWeights WeightsFor(int interactions) => Schedule?.For(interactions) ?? Weights;

    /// <summary>Share of the shown slots given to exploring new items (the last <see cref="ExplorationRule"/>; 0 without one).</summary>
    public float ExplorationShare => Rules.OfType<ExplorationRule>().LastOrDefault()?.Share ?? 0f;

    /// <summary>This strategy with its exploration share set to <paramref name="share"/> (0 removes the rule).</summary>
    public Strategy WithExploration(float share)
    {
        var rules = Rules.Where(r => r is not ExplorationRule).ToList();
        if (share != 0) rules.Add(new ExplorationRule(share));
        return this with { Rules = rules };
    }
}

/// <summary>From <paramref name="FromInteractions"/> revealed items on (until the next step), use <paramref name="Weights"/>.</summary>
public sealed record WeightStep(int FromInteractions, BlendWeights Weights);

/// <summary>
/// Blend weights as a step function of the number of items a visitor has revealed (seed clicks): e.g. steps from 0,
/// 1, 2 and 4 interactions. The first step must start at 0; steps are strictly increasing.
/// </summary>
public sealed record WeightSchedule(IReadOnlyList<WeightStep> Steps)
{
    /// <summary>The buckets the tuner fills: 0, 1, 2–3 and 4+ revealed items.</summary>
    public static IReadOnlyList<int> DefaultSteps { get; } = [0, 1, 2, 4];

    /// <summary>The weights of the last step starting at or below <paramref name="interactions"/>.</summary>
    public BlendWeights For(int interactions)
    {
        var weights = Steps[0].Weights;
        foreach (var step in Steps)
            if (step.FromInteractions <= interactions) weights = step.Weights;
        return weights;
    }

    /// <summary>"0", "1", "2–3", "4+": the interaction range of step <paramref name="index"/>.</summary>
    public string RangeOf(int index)
    {
        int from = Steps[index].FromInteractions;
        if (index == Steps.Count - 1) return $"{from}+";
        int to = Steps[index + 1].FromInteractions - 1;
        return to == from ? $"{from}" : $"{from}–{to}";
    }

    /// <summary>Problems, one message each; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Steps is null || Steps.Count == 0) return ["A weight schedule needs at least one step."];
        if (Steps[0].FromInteractions != 0) errors.Add("The first step of a weight schedule must start at 0 interactions.");
        for (int i = 1; i < Steps.Count; i++)
            if (Steps[i].FromInteractions <= Steps[i - 1].FromInteractions) errors.Add("Weight schedule steps must start at increasing interaction counts.");
        foreach (var step in Steps)
            foreach (var e in step.Weights.Validate()) errors.Add($"Step from {step.FromInteractions} interactions: {e}");
        return errors;
    }
}

/// <summary>
/// How items without any interaction (new items) are scored: their popularity and item-to-item components carry no
/// information, so they get their own weights, plus a <paramref name="Boost"/> in standard deviations that sets how much
/// exposure new items get against established ones (the exploration share).
/// </summary>
public sealed record NewItemPolicy(BlendWeights Weights, float Boost);
