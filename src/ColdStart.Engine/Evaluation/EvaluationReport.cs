using System.Text.Json;

namespace ColdStart.Engine.Evaluation;

/// <summary>The outcome of an <see cref="Evaluator"/> run; serialises to and from JSON with System.Text.Json.</summary>
/// <param name="Dataset">Name of the evaluated dataset.</param>
/// <param name="Items">Catalog size.</param>
/// <param name="Users">Historical users.</param>
/// <param name="Events">Events (searches included).</param>
/// <param name="Options">The options of the run.</param>
/// <param name="Rows">Baselines then strategies, per protocol and k (see <see cref="EvaluationRow"/>).</param>
/// <param name="Timings">Where the time went.</param>
/// <param name="Notes">How to read the rows (fallbacks, metrics without intervals, skipped users).</param>
public sealed record EvaluationReport(
    string Dataset,
    int Items,
    int Users,
    int Events,
    EvaluationOptions Options,
    IReadOnlyList<EvaluationRow> Rows,
    EvaluationTimings Timings,
    IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The row of a strategy or baseline (name compared case-insensitively), or null.</summary>
    public EvaluationRow? Find(string strategy, EvaluationProtocol protocol, int? k = null) =>
        Rows.FirstOrDefault(r => r.Protocol == protocol && r.K == k && string.Equals(r.Strategy, strategy, StringComparison.OrdinalIgnoreCase));

    /// <summary>Indented JSON of the whole report.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not a report.</exception>
    public static EvaluationReport FromJson(string json) =>
        JsonSerializer.Deserialize<EvaluationReport>(json, Json) ?? throw new JsonException("The JSON text holds no evaluation report (null).");
}
