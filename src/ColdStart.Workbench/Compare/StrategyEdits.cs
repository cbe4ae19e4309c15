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
    public static Strategy WithTagRule(this Strategy strategy, string tag, float strength)
    {
        var rules = strategy.Rules.Where(r => r is not TagRule t || !string.Equals(t.Tag, tag, StringComparison.OrdinalIgnoreCase)).ToList();
        rules.Add(new TagRule(tag, strength));
        return strategy with { Rules = rules };
    }

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

    /// <summary>A plain-language line for a rule in the editor's list.</summary>
    public static string Describe(Rule rule) => rule switch
    {
        TagRule { Strength: >= 0 } t => $"Boost tag “{t.Tag}” by {t.Strength:0.##}",
        TagRule t => $"Bury tag “{t.Tag}” by {-t.Strength:0.##}",
        DepartmentFilter { Exclude: true } d => $"Exclude departments: {string.Join(", ", d.Departments)}",
        DepartmentFilter d => $"Only departments: {string.Join(", ", d.Departments)}",
        PriceFilter p => $"Price {(p.Min is { } min ? $"≥ {min:0.##}" : "")}{(p.Min is not null && p.Max is not null ? " and " : "")}{(p.Max is { } max ? $"≤ {max:0.##}" : "")}",
        ExcludeSeenRule => "Exclude the persona's seed items",
        PinRule pin => $"Pin {pin.ItemId} at #{pin.Position}",
        _ => rule.ToString() ?? rule.GetType().Name,
    };
}
