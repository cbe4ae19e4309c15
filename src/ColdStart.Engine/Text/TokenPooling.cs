namespace ColdStart.Engine.Text;

/// <summary>How a [batch, tokens, dim] model output becomes one vector per text (a [batch, dim] output is used as is).</summary>
public enum TokenPooling
{
    /// <summary>Mean over the attention mask (sentence-transformers' default; all-MiniLM-L6-v2).</summary>
    Mean,

    /// <summary>The first token's state, [CLS] (BERT-style retrieval models such as snowflake-arctic-embed).</summary>
    Cls,
}
