using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Engine.Comparison;

/// <summary>What the persona × strategy grid computes: rows, columns, the reference strategy, N and an optional item to follow.</summary>
public sealed record GridRequest(
    IReadOnlyList<Persona> Personas,
    IReadOnlyList<Strategy> Strategies,
    Strategy Reference,
    int TopN = 20,
    string? ItemId = null);
