namespace ColdStart.Engine.Evaluation;

/// <summary>A progress report of a running evaluation.</summary>
/// <param name="Message">What is happening, e.g. "New user, fold 2/5: training".</param>
/// <param name="Fraction">Share of the work done, in [0, 1].</param>
public sealed record EvaluationProgress(string Message, double Fraction);
