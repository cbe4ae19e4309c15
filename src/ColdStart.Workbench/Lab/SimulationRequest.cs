using ColdStart.Engine.Scoring;
using ColdStart.Engine.Simulation;

namespace ColdStart.Workbench.Lab;

/// <summary>What the lab's Simulation panel asks for: the <c>simulate</c> verb's options, on a stored workspace.</summary>
/// <param name="Workspace">The workspace simulated (the active one).</param>
/// <param name="Strategies">Strategies to simulate (besides Auto).</param>
/// <param name="Auto">Also simulate Auto, tuned on the training side.</param>
/// <param name="Sessions">Sessions per strategy and exploration share.</param>
/// <param name="Steps">Lists shown per session.</param>
/// <param name="Shares">Exploration shares (0–1) to run each strategy at.</param>
/// <param name="Seed">Seed of the visitors, their clicks, the exploration draws and the bootstrap.</param>
/// <param name="Adapt">Fold every click into the profile (false: keep the first profile, the baseline).</param>
public sealed record SimulationRequest(
    string Workspace,
    IReadOnlyList<Strategy> Strategies,
    bool Auto,
    int Sessions,
    int Steps,
    IReadOnlyList<float> Shares,
    int Seed = 42,
    bool Adapt = true)
{
    /// <summary>What the run is asked to do, as stored with it.</summary>
    public SimulationSettings ToSettings() =>
        new(Strategies, Auto, Shares, new SimulationOptions(Sessions: Sessions, Steps: Steps, Seed: Seed, Adapt: Adapt));

    /// <summary>Most sessions and steps the panel accepts (the CLI has no limit).</summary>
    public const int MaxSessions = 5000, MaxSteps = 100;

    /// <summary>Every problem with the request, each naming its field; empty when it can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Workspace)) errors.Add("Workspace: none is active.");
        if (Strategies.Count == 0 && !Auto) errors.Add("Strategies: choose at least one.");
        if (Sessions is < 1 or > MaxSessions) errors.Add($"Sessions: between 1 and {MaxSessions:N0} (got {Sessions}).");
        if (Steps is < 1 or > MaxSteps) errors.Add($"Steps: between 1 and {MaxSteps} (got {Steps}).");
        if (Shares.Count == 0) errors.Add("Exploration shares: give at least one (e.g. 0, 0.2).");
        foreach (float share in Shares)
            if (!(share is >= 0 and <= 1)) errors.Add($"Exploration shares: {share} is not between 0 and 1.");
        return errors;
    }

    /// <summary>
    /// Reads exploration shares written as "0, 0.2" (commas or spaces; a value once), as <c>--exploration</c> does;
    /// null with a message naming the bad part.
    /// </summary>
    public static (IReadOnlyList<float>? Shares, string? Error) ParseShares(string? text)
    {
        var values = new List<float>();
        foreach (var part in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!float.TryParse(part, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float value)
                || value is < 0 or > 1 || float.IsNaN(value))
                return (null, $"Exploration shares: '{part}' is not a share between 0 and 1.");
            if (!values.Contains(value)) values.Add(value);
        }
        return values.Count == 0 ? (null, "Exploration shares: give at least one (e.g. 0, 0.2).") : (values, null);
    }
}
