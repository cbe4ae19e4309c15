using ColdStart.Data.Stores;

namespace ColdStart.Workbench.Api;

/// <summary>A workspace as <c>GET /api/v1/workspaces</c> lists it; <paramref name="Active"/> marks the one the live model serves.</summary>
public sealed record WorkspaceView(string Name, string Kind, DateTime CreatedAt, int Items, int NewItems, int Users, int Events, bool Active);

/// <summary>A stored persona with its id (for <c>personaId</c>) and version.</summary>
public sealed record PersonaView(
    int Id, string Name, IReadOnlyDictionary<string, string> Attributes, string Interests, IReadOnlyList<string> SeedItems,
    IReadOnlyList<string> SeedSearches, float? BudgetMin, float? BudgetMax, string Note, int Version, DateTime UpdatedAt)
{
    public static PersonaView Of(StoredPersona stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var p = stored.Persona;
        return new PersonaView(stored.Id, p.Name, p.Attributes, p.Interests, p.SeedItemIds, p.SeedSearches, p.BudgetMin, p.BudgetMax,
            stored.Note, stored.Version, stored.UpdatedAt);
    }
}

/// <summary>The personas of the active workspace.</summary>
public sealed record PersonaList(string Workspace, IReadOnlyList<PersonaView> Personas);

/// <summary>One page of the active workspace's catalog; <paramref name="TotalCount"/> counts every matching item.</summary>
public sealed record ItemPage(string Workspace, int Page, int PageSize, int TotalCount, IReadOnlyList<ItemListRow> Items);
