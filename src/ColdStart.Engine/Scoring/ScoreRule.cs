namespace ColdStart.Engine.Scoring;

/// <summary>A resolved boost or bury: what it applies to ("tag 'x'", "item SKU-1"), its strength, and which items it touches.</summary>
internal sealed record ScoreRule(string Subject, float Strength, Func<int, bool> Applies);
