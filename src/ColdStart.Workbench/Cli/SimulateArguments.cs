using ColdStart.Engine.Scoring;

namespace ColdStart.Workbench.Cli;

/// <summary>The parsed arguments of the <c>simulate</c> verb (see <see cref="SimulateCommand"/> for the options).</summary>
/// <param name="Dataset">A dataset folder, or <c>sample</c> / <c>sample-100k</c>; null with <paramref name="Workspace"/>.</param>
/// <param name="Workspace">A workspace of the configured store, or null with <paramref name="Dataset"/>.</param>
/// <param name="Strategies">Strategies to simulate (besides Auto).</param>
/// <param name="Auto">Also simulate Auto, tuned on the training side.</param>
/// <param name="Sessions">Sessions per strategy and exploration share.</param>
/// <param name="Steps">Lists shown per session.</param>
/// <param name="Exploration">Exploration shares to run each strategy at.</param>
/// <param name="Seed">Seed of the held-out visitors, their choices, the exploration draws and the bootstrap.</param>
/// <param name="JsonPath">Where to write the JSON report (with the per-step curves), or null.</param>
/// <param name="Adapt">Fold every click into the profile (false: keep the first profile, the baseline).</param>
public sealed record SimulateArguments(
    string? Dataset,
    string? Workspace,
    IReadOnlyList<Strategy> Strategies,
    bool Auto,
    int Sessions,
    int Steps,
    IReadOnlyList<float> Exploration,
    int Seed,
    string? JsonPath,
    bool Adapt = true)
{
    /// <summary>What is simulated, for messages: the dataset, or "workspace NAME".</summary>
    public string Source => Workspace is null ? Dataset! : $"workspace '{Workspace}'";
}
