using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;

namespace ColdStart.Data.Mapping;

/// <summary>Converts between the engine's <see cref="Strategy"/> and <see cref="StrategyEntity"/>; rules travel as polymorphic JSON.</summary>
public static class StrategyMapping
{
    public static Strategy ToStrategy(this StrategyEntity entity)
    {
        var weights = new BlendWeights(entity.CollaborativeWeight, entity.SemanticWeight, entity.PopularityWeight, entity.FreshnessWeight,
            entity.ItemToItemWeight, entity.LexicalWeight);
        var rules = StoreJson.Deserialize<List<Rule>>(entity.RulesJson, $"Strategy '{entity.Name}' (id {entity.Id}) rules");
        var schedule = entity.ScheduleJson is { } s ? StoreJson.Deserialize<WeightSchedule>(s, $"Strategy '{entity.Name}' (id {entity.Id}) schedule") : null;
        var newItems = entity.NewItemsJson is { } n ? StoreJson.Deserialize<NewItemPolicy>(n, $"Strategy '{entity.Name}' (id {entity.Id}) new-item policy") : null;
        return new Strategy(entity.Name, weights, entity.DiversityLambda, rules, schedule, newItems);
    }

    /// <summary>What tuning stored with the strategy (its TuningJson), or null for a strategy that was not tuned.</summary>
    public static TuningRecord? ToTuning(this StrategyEntity entity) =>
        entity.TuningJson is { } json ? StoreJson.Deserialize<TuningRecord>(json, $"Strategy '{entity.Name}' (id {entity.Id}) tuning record") : null;

    public static StrategyEntity ToEntity(this Strategy strategy)
    {
        var entity = new StrategyEntity { Name = strategy.Name };
        strategy.CopyTo(entity);
        return entity;
    }

    /// <summary>Overwrites the strategy fields of <paramref name="entity"/> (not its id, version or tuning record).</summary>
    public static void CopyTo(this Strategy strategy, StrategyEntity entity)
    {
        entity.Name = strategy.Name;
        entity.CollaborativeWeight = strategy.Weights.Collaborative;
        entity.SemanticWeight = strategy.Weights.Semantic;
        entity.PopularityWeight = strategy.Weights.Popularity;
        entity.FreshnessWeight = strategy.Weights.Freshness;
        entity.ItemToItemWeight = strategy.Weights.ItemToItem;
        entity.LexicalWeight = strategy.Weights.Lexical;
        entity.ScheduleJson = strategy.Schedule is null ? null : StoreJson.Serialize(strategy.Schedule);
        entity.NewItemsJson = strategy.NewItems is null ? null : StoreJson.Serialize(strategy.NewItems);
        entity.DiversityLambda = strategy.DiversityLambda;
        entity.RulesJson = StoreJson.Serialize(strategy.Rules);
    }
}
