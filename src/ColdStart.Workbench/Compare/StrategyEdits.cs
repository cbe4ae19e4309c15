using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Compare;

/// <summary>Pure edits of a <see cref="Strategy"/>: each returns a new strategy.</summary>
public static class StrategyEdits
{
    public static Strategy WithRule(this Strategy strategy, Rule rule) => strategy with { Rules = [.. strategy.Rules, rule] };

    public static Strategy WithoutRule(this Strategy strategy, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, strategy.Rules.Count);
        var rules = strategy.Rules.ToList();
        rules.RemoveAt(index);
        return strategy with { Rules = rules };
    }

    /// <summary>Pins <paramref name="itemId"/> at 1-based <paramref name="position"/>, replacing an earlier pin of that item.</summary>
    public static Strategy WithPin(this Strategy strategy, string itemId, int position)
    {
        var rules = strategy.Rules.Where(r => r is not PinRule pin || !string.Equals(pin.ItemId, itemId, StringComparison.Ordinal)).ToList();
        rules.Add(new PinRule(itemId, position));
        return strategy with { Rules = rules };
    }

    /// <summary>Adds a tag rule (boost for positive strength, bury for negative), replacing an earlier rule of that tag.</summary>
    public static Strategy WithTagRule(this Strategy strategy, string tag, float strength) => strategy.WithScoreRule(new TagRule(tag, strength));

    /// <summary>
    /// Adds a score rule (tag, item, brand or department boost/bury), replacing an earlier rule of the same kind for the
    /// same tag, item, brand or department.
    /// </summary>
    public static Strategy WithScoreRule(this Strategy strategy, Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var rules = strategy.Rules.Where(r => !SameSubject(r, rule)).ToList();
        rules.Add(rule);
        return strategy with { Rules = rules };
    }

    private static bool SameSubject(Rule a, Rule b) => (a, b) switch
    {
        (TagRule x, TagRule y) => string.Equals(x.Tag, y.Tag, StringComparison.OrdinalIgnoreCase),
        (ItemRule x, ItemRule y) => string.Equals(x.ItemId, y.ItemId, StringComparison.Ordinal),
        (BrandRule x, BrandRule y) => string.Equals(x.Brand, y.Brand, StringComparison.OrdinalIgnoreCase),
        (DepartmentRule x, DepartmentRule y) => string.Equals(x.Department, y.Department, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>The index of the step of <paramref name="schedule"/> in force for a visitor who revealed <paramref name="interactions"/> items.</summary>
    public static int StepInForce(this WeightSchedule schedule, int interactions)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        int step = 0;
        for (int i = 0; i < schedule.Steps.Count; i++)
            if (schedule.Steps[i].FromInteractions <= interactions) step = i;
        return step;
    }

    /// <summary>
    /// Replaces the weights in force for a visitor who revealed <paramref name="interactions"/> items: the strategy's
    /// fixed weights or, when it has a schedule, the weights of the step in force (the other steps stay as they are).
    /// </summary>
    public static Strategy WithWeightsFor(this Strategy strategy, int interactions, BlendWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (strategy.Schedule is not { } schedule) return strategy with { Weights = weights };
        int index = schedule.StepInForce(interactions);
        var steps = schedule.Steps.ToList();
        steps[index] = steps[index] with { Weights = weights };
        return strategy with { Schedule = new WeightSchedule(steps) };
    }

    /// <summary>
    /// A plain-language line for a rule in the editor's list; <paramref name="titleOf"/> (item id → title, or null when
    /// unknown) puts the item's title beside its SKU.
    /// </summary>
    public static string Describe(Rule rule, Func<string, string?>? titleOf = null) => rule switch
    {
        TagRule t => $"{Verb(t.Strength)} tag “{t.Tag}” by {Math.Abs(t.Strength):0.##}",
        ItemRule i => $"{Verb(i.Strength)} item {Item(i.ItemId, titleOf)} by {Math.Abs(i.Strength):0.##}",
        BrandRule b => $"{Verb(b.Strength)} brand “{b.Brand}” by {Math.Abs(b.Strength):0.##}",
        DepartmentRule d => $"{Verb(d.Strength)} department “{d.Department}” by {Math.Abs(d.Strength):0.##}",
        DepartmentFilter { Exclude: true } d => $"Exclude departments: {string.Join(", ", d.Departments)}",
        DepartmentFilter d => $"Only departments: {string.Join(", ", d.Departments)}",
        PriceFilter p => $"Price {(p.Min is { } min ? $"≥ {min:0.##}" : "")}{(p.Min is not null && p.Max is not null ? " and " : "")}{(p.Max is { } max ? $"≤ {max:0.##}" : "")}",
        ExcludeSeenRule => "Exclude the persona's seed items",
        ExplorationRule e => $"Give {e.Share:P0} of the slots to exploring new items",
        PinRule pin => $"Pin {Item(pin.ItemId, titleOf)} at #{pin.Position}",
        _ => rule.ToString() ?? rule.GetType().Name,
    };

    private static string Verb(float strength) => strength >= 0 ? "Boost" : "Bury";

    private static string Item(string id, Func<string, string?>? titleOf) => titleOf?.Invoke(id) is { } title ? $"{id} “{title}”" : id;
}
