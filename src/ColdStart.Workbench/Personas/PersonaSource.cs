using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;

namespace ColdStart.Workbench.Personas;

/// <summary>
/// The one way pages read a workspace's personas: straight from <see cref="PersonaStore.ListAsync"/> (by name,
/// ordinal-ignore-case, then id), with no invented fallback; an empty workspace is empty everywhere.
/// </summary>
public sealed class PersonaSource(PersonaStore store)
{
    /// <summary>What a page says when the workspace has no personas.</summary>
    public static string NoPersonasMessage(string workspace) =>
        $"Workspace '{workspace}' has no personas yet; create one on the Personas page.";

    /// <summary>The personas of <paramref name="workspace"/> in the store's order (empty for an unknown workspace).</summary>
    public async Task<IReadOnlyList<Persona>> ForWorkspaceAsync(string workspace, CancellationToken cancellationToken = default)
    {
        var stored = await store.ListAsync(workspace, ct: cancellationToken);
        return [.. stored.Select(p => p.Persona)];
    }

    /// <summary>
    /// The stored personas of <paramref name="workspace"/> with their ids and versions, in the same order as
    /// <see cref="ForWorkspaceAsync"/> (the scoring API names personas by id).
    /// </summary>
    public Task<IReadOnlyList<StoredPersona>> StoredForWorkspaceAsync(string workspace, CancellationToken cancellationToken = default) =>
        store.ListAsync(workspace, ct: cancellationToken);
}
