using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;

namespace ColdStart.Data.Storage;

/// <summary>Everything <see cref="WorldStore.SaveWorldAsync(WorkspaceContent, IProgress{StoreProgress}?, CancellationToken)"/> writes in one transaction.</summary>
/// <param name="Workspace">Workspace name; it must not exist yet or hold no items.</param>
/// <param name="Kind">"sample", "csv" or "movielens" (<see cref="WorkspaceKinds"/>).</param>
/// <param name="Dataset">Items, users and events; event indices refer to positions in the dataset's lists.</param>
/// <param name="UserArchetypes">Hidden archetype per user (same order as the users), evaluation only; null when unknown.</param>
/// <param name="Personas">Personas to store with the workspace.</param>
/// <param name="Strategies">Strategies to add where none of the same name exists yet (strategies are shared by all workspaces).</param>
public sealed record WorkspaceContent(
    string Workspace,
    string Kind,
    Dataset Dataset,
    IReadOnlyList<int>? UserArchetypes = null,
    IReadOnlyList<Persona>? Personas = null,
    IReadOnlyList<Strategy>? Strategies = null);
