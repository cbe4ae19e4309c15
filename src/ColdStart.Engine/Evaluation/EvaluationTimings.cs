namespace ColdStart.Engine.Evaluation;

/// <summary>Where an evaluation spent its wall-clock time, in seconds.</summary>
/// <param name="TotalSeconds">The whole run.</param>
/// <param name="TrainingSeconds">Training the fold snapshots (ALS, fold encoders, snapshot building).</param>
/// <param name="RankingSeconds">Building test profiles, ranking and measuring the lists (parallel over users).</param>
/// <param name="AggregationSeconds">Bootstrap intervals.</param>
/// <param name="Threads">Worker threads the ranking could use.</param>
public sealed record EvaluationTimings(double TotalSeconds, double TrainingSeconds, double RankingSeconds, double AggregationSeconds, int Threads);
