using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Items;

/// <summary>The outcome of saving an item's tags: the item as stored, and how long re-encoding in the live model took (null when no model was loaded).</summary>
public sealed record TagEdit(Item Item, TimeSpan? ReEncoding);
