using ColdStart.Data;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Workbench.Compare;

/// <summary>Reads the stored personas of a workspace for the Compare page.</summary>
public sealed class PersonaSource(IDbContextFactory<WorkbenchDbContext> contexts)
{
    /// <summary>The personas of <paramref name="workspace"/> in the order they were stored (empty for an unknown workspace).</summary>
    public async Task<IReadOnlyList<Persona>> ForWorkspaceAsync(string workspace, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Personas.AsNoTracking()
            .Where(p => p.Workspace!.Name == workspace)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.ToPersona())];
    }
}
