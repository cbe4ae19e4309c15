using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Api;

/// <summary>The six blend weights; each finite and ≥ 0, not all 0. Missing weights are 0.</summary>
public sealed class WeightsRequest
{
    public float Collaborative { get; init; }
    public float Semantic { get; init; }
    public float Popularity { get; init; }
    public float Freshness { get; init; }
    public float ItemToItem { get; init; }
    public float Lexical { get; init; }

    public BlendWeights ToWeights() => new(Collaborative, Semantic, Popularity, Freshness, ItemToItem, Lexical);
}
