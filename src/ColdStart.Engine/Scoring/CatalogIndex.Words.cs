using ColdStart.Engine.Text;

namespace ColdStart.Engine.Scoring;

public sealed partial class CatalogIndex
{
    private readonly ItemWords?[] _words;

    /// <summary>
    /// The words of an item's title and of each of its tags, split once and kept: explanations match them against a
    /// profile's terms for every ranked item, and the workbench re-ranks the same items on every slider move.
    /// Filled on first use; concurrent first uses compute the same value, so the race is benign.
    /// </summary>
    internal ItemWords WordsOf(int index) => _words[index] ??= ItemWords.Of(Items[index]);

    internal sealed record ItemWords(IReadOnlyList<string> Title, IReadOnlyList<string>[] Tags)
    {
        public static ItemWords Of(Domain.Item item)
        {
            var tags = new IReadOnlyList<string>[item.Tags.Count];
            for (int t = 0; t < tags.Length; t++) tags[t] = TextWords.Split(item.Tags[t]);
            return new ItemWords(TextWords.Split(item.Title), tags);
        }
    }
}
