namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>Something a person wrote about one item (e.g. a MovieLens tag), with when they wrote it.</summary>
/// <param name="User">User index in the dataset.</param>
/// <param name="Item">Item index the text was written on.</param>
/// <param name="Text">What they wrote.</param>
/// <param name="Timestamp">When (Unix seconds).</param>
public readonly record struct FreeTextNote(int User, int Item, string Text, long Timestamp);
