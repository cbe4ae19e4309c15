using System.Text.Json;

namespace ColdStart.Engine.Simulation;

/// <summary>The outcome of a simulation run: one row per (strategy, exploration share).</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="ClickModel">"archetype" (the sample world's hidden shopper types) or "replay" (held-out users' real later interactions).</param>
/// <param name="Options">Sessions, steps, list length, seed.</param>
/// <param name="Visitors">Distinct held-out users who played the visitors.</param>
/// <param name="Items">Catalog size.</param>
/// <param name="NewItems">Items without any interaction in training (what exploration explores).</param>
/// <param name="Rows">Per strategy and exploration share.</param>
/// <param name="TrainingSeconds">Wall time of training (and tuning).</param>
/// <param name="SimulationSeconds">Wall time of the sessions.</param>
public sealed record SimulationReport(
    string Dataset,
    string ClickModel,
    SimulationOptions Options,
    int Visitors,
    int Items,
    int NewItems,
    IReadOnlyList<SimulationRow> Rows,
    double TrainingSeconds,
    double SimulationSeconds)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a report written by <see cref="ToJson"/> (e.g. <c>simulate --json FILE</c>), per-step curves included.</summary>
    /// <exception cref="JsonException">The text is not a report.</exception>
    public static SimulationReport FromJson(string json) =>
        JsonSerializer.Deserialize<SimulationReport>(json, Json) ?? throw new JsonException("The JSON text holds no simulation report (null).");
}
