using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Items;

/// <summary>
/// The outcome of saving an item's tags: the item as stored, how long updating the live model took (null when no model
/// was loaded), and whether the live model is now exactly the previewed candidate.
/// </summary>
public sealed record TagEdit(Item Item, TimeSpan? ReEncoding, bool AsPreviewed = false);
