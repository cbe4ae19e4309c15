namespace ColdStart.Engine.Text;

/// <summary>One training example: a text and the row of the targets matrix it should land near.</summary>
/// <param name="Text">Item text, or a user's attribute text plus search queries.</param>
/// <param name="Target">Row index in the targets matrix (e.g. the item's or user's collaborative vector).</param>
public sealed record TrainingPair(string Text, int Target);
