namespace ColdStart.Engine.Similarity;

/// <summary>Which vector space a similarity is measured in.</summary>
public enum SimilaritySpace
{
    /// <summary>The text encoder's space (item text, persona words).</summary>
    Semantic,

    /// <summary>The ALS factor space (behaviour; cold items predicted from text).</summary>
    Collaborative,
}
