namespace ColdStart.Data.Stores;

/// <summary>
/// An item's tags were saved over tags that someone else changed in the meantime (another tab or user): nothing was
/// written. <see cref="Current"/> holds the tags as stored now.
/// </summary>
public sealed class ItemTagsConflictException : InvalidOperationException
{
    public ItemTagsConflictException(string itemId, IReadOnlyList<string> expected, IReadOnlyList<string> current)
        : base($"the tags of {itemId} were changed elsewhere since they were opened (opened with: {Show(expected)}; stored now: {Show(current)}). Nothing was saved; reopen the item to edit its current tags.")
    {
        ItemId = itemId;
        Expected = expected;
        Current = current;
    }

    public ItemTagsConflictException() : this("", [], []) { }

    public ItemTagsConflictException(string message) : base(message) { ItemId = ""; Expected = []; Current = []; }

    public ItemTagsConflictException(string message, Exception innerException) : base(message, innerException) { ItemId = ""; Expected = []; Current = []; }

    public string ItemId { get; }

    /// <summary>The tags the editor started from.</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>The tags as stored now.</summary>
    public IReadOnlyList<string> Current { get; }

    private static string Show(IReadOnlyList<string> tags) => tags.Count == 0 ? "no tags" : string.Join(", ", tags);
}
