namespace ColdStart.Engine.Evaluation;

/// <summary>Tuning cannot run on this data (too few users or positives); the message is one line for the user.</summary>
public sealed class TuningException(string message) : Exception(message);
