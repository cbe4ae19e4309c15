using ColdStart.Data;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using ColdStart.Engine.World;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Workbench.Heatmaps;

/// <summary>
/// The personas the heatmaps compare: those saved in the workspace, or the sample personas for the dataset when the
/// workspace has none saved yet.
/// </summary>
public sealed class HeatmapPersonas(IDbContextFactory<WorkbenchDbContext> contexts)
{
    public async Task<IReadOnlyList<Persona>> LoadAsync(string workspace, Dataset dataset, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.Personas.AsNoTracking()
            .Where(p => p.Workspace!.Name == workspace)
            .OrderBy(p => p.Name)
            .ToListAsync(ct);
        if (entities.Count == 0) return SamplePersonas.For(dataset);
        var personas = new Persona[entities.Count];
        for (int i = 0; i < entities.Count; i++) personas[i] = entities[i].ToPersona();
        return personas;
    }
}
