namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>One person's words and the items they are expected to find with them.</summary>
/// <param name="User">User index in the dataset.</param>
/// <param name="Text">What the person wrote (their texts in time order, joined by ". ").</param>
/// <param name="Relevant">Item indices counted as hits.</param>
public sealed record FreeTextCase(int User, string Text, IReadOnlySet<int> Relevant);
