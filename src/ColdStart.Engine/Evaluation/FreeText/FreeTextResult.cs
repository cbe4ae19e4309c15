namespace ColdStart.Engine.Evaluation.FreeText;

/// <summary>One row of a free-text report: mean over cases with 95% bootstrap intervals.</summary>
/// <param name="Row">Row name (see <see cref="FreeTextRow"/>).</param>
/// <param name="Cases">Cases measured.</param>
/// <param name="Ndcg">NDCG@10.</param>
/// <param name="Recall">Recall@20.</param>
public sealed record FreeTextResult(string Row, int Cases, BootstrapInterval Ndcg, BootstrapInterval Recall);
