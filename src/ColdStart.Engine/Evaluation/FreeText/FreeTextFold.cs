using ColdStart.Engine.Domain;
using ColdStart.Engine.Lexical;
using ColdStart.Engine.Training;

namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>What the rows of one fold rank with: the catalog, its TF-IDF index, and the snapshot trained without the fold's test users (null when no row needs one).</summary>
public sealed class FreeTextFold(IReadOnlyList<Item> items, LexicalIndex lexical, ModelSnapshot? snapshot)
{
    public IReadOnlyList<Item> Items { get; } = items;
    public LexicalIndex Lexical { get; } = lexical;
    public ModelSnapshot? Snapshot { get; } = snapshot;
}
