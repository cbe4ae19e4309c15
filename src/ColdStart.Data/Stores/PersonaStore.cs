using ColdStart.Data.Auditing;
using ColdStart.Data.Entities;
using ColdStart.Data.Mapping;
using ColdStart.Engine.Domain;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data.Stores;

/// <summary>
/// Personas of a workspace in SQLite, one short-lived context per operation. Every write validates first (nothing is
/// half-written); updates use optimistic concurrency on <see cref="PersonaEntity.Version"/>. Every write records an
/// audit entry (<see cref="AuditKinds.Persona"/>) in the same transaction.
/// </summary>
public sealed class PersonaStore(IDbContextFactory<WorkbenchDbContext> contexts, IActorSource? actors = null)
{
    public const string NoteField = "note";
    public const int MaxNoteLength = 500;

    /// <summary>Raised after a persona was created, updated, cloned or deleted (on the writer's thread).</summary>
    public event Action<StoreChange>? Changed;

    /// <summary>
    /// Personas of <paramref name="workspace"/> by name (ordinal, ignoring case), then id; <paramref name="search"/>
    /// matches name or note, case-insensitively. This is the one order every page shows personas in.
    /// </summary>
    public async Task<IReadOnlyList<StoredPersona>> ListAsync(string workspace, string? search = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Personas.AsNoTracking().Where(p => p.Workspace!.Name == workspace);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(p => EF.Functions.Like(p.Name, pattern, "\\") || EF.Functions.Like(p.Note, pattern, "\\"));
        }
        var rows = await query.ToListAsync(ct);
        return [.. rows.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id).Select(ToStored)];
    }

    public async Task<StoredPersona?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Personas.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return row is null ? null : ToStored(row);
    }

    /// <summary>Stores a new persona; throws <see cref="PersonaValidationException"/> on invalid fields or a taken name.</summary>
    public async Task<StoredPersona> CreateAsync(string workspace, Persona persona, string note = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(persona);
        persona = Normalise(persona);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(ct)
            ?? throw new KeyNotFoundException($"There is no workspace named '{workspace}'.");
        await ValidateAsync(db, workspaceId, exceptId: null, persona, note, ct);
        var entity = persona.ToEntity(workspaceId, note.Trim());
        await AddAuditedAsync(db, entity, workspace, ct);
        Raise(workspace, $"Persona '{persona.Name}' created");
        return ToStored(entity);
    }

    /// <summary>
    /// Overwrites persona <paramref name="id"/> if it is still at <paramref name="expectedVersion"/>; otherwise throws
    /// <see cref="PersonaConflictException"/> carrying the stored persona. Invalid fields throw <see cref="PersonaValidationException"/>.
    /// </summary>
    public async Task<StoredPersona> UpdateAsync(int id, int expectedVersion, Persona persona, string note = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(persona);
        persona = Normalise(persona);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Personas.SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new PersonaConflictException(id, expectedVersion, null);
        if (entity.Version != expectedVersion) throw new PersonaConflictException(id, expectedVersion, ToStored(entity));
        await ValidateAsync(db, entity.WorkspaceId, id, persona, note, ct);
        var workspace = await WorkspaceNameAsync(db, entity.WorkspaceId, ct);
        Audit(db, AuditActions.Updated, entity.Id, workspace, Snapshot(entity), new PersonaVersion(persona, note.Trim()));
        persona.CopyTo(entity);
        entity.Note = note.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PersonaConflictException(id, expectedVersion, await GetAsync(id, ct));
        }
        Raise(workspace, $"Persona '{persona.Name}' edited");
        return ToStored(entity);
    }

    /// <summary>Stores a copy of persona <paramref name="id"/> named "&lt;name&gt; (copy)" (then "(copy 2)", … if taken).</summary>
    public async Task<StoredPersona> CloneAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var source = await db.Personas.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new KeyNotFoundException($"There is no persona with id {id}.");
        var taken = (await db.Personas.Where(p => p.WorkspaceId == source.WorkspaceId).Select(p => p.Name).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = $"{source.Name} (copy)";
        for (int n = 2; taken.Contains(name); n++) name = $"{source.Name} (copy {n})";
        var persona = source.ToPersona() with { Name = name };
        var errors = PersonaValidator.Validate(persona);
        if (errors.Count > 0) throw new PersonaValidationException(errors);
        var entity = persona.ToEntity(source.WorkspaceId, source.Note);
        var workspace = await WorkspaceNameAsync(db, source.WorkspaceId, ct);
        await AddAuditedAsync(db, entity, workspace, ct);
        Raise(workspace, $"Persona '{name}' created as a copy of '{source.Name}'");
        return ToStored(entity);
    }

    /// <summary>Deletes persona <paramref name="id"/>; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.Personas.AsNoTracking().Where(p => p.Id == id).Select(p => new { Entity = p, Workspace = p.Workspace!.Name }).SingleOrDefaultAsync(ct);
        bool deleted = await db.Personas.Where(p => p.Id == id).ExecuteDeleteAsync(ct) > 0;
        if (!deleted || row is null) return false;
        Audit(db, AuditActions.Deleted, id, row.Workspace, Snapshot(row.Entity), null);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Raise(row.Workspace, $"Persona '{row.Entity.Name}' deleted");
        return true;
    }

    /// <summary>
    /// Writes the persona version recorded by audit entry <paramref name="auditEntryId"/> (the version after that change,
    /// or the deleted one) back: over the persona whatever its current version, or as a new persona when it was deleted.
    /// Recorded as <see cref="AuditActions.Reverted"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No such entry, or its workspace no longer exists.</exception>
    /// <exception cref="PersonaValidationException">Another persona now has the old name.</exception>
    public async Task<StoredPersona> RevertAsync(int auditEntryId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await AuditStore.RequireAsync(db, auditEntryId, AuditKinds.Persona, ct);
        var json = record.After ?? record.Before ?? throw new InvalidOperationException($"Audit entry {auditEntryId} holds no persona version.");
        var version = StoreJson.Deserialize<PersonaVersion>(json, $"The persona version of audit entry {auditEntryId}");
        var persona = Normalise(version.Persona);
        var entity = await db.Personas.SingleOrDefaultAsync(p => p.Id == record.SubjectId, ct);
        string? workspace;
        if (entity is null)
        {
            workspace = record.Workspace;
            var workspaceId = await db.Workspaces.Where(w => w.Name == workspace).Select(w => (int?)w.Id).SingleOrDefaultAsync(ct)
                ?? throw new KeyNotFoundException($"Workspace '{workspace}' of persona '{record.Subject}' no longer exists; nothing was reverted.");
            await ValidateAsync(db, workspaceId, null, persona, version.Note, ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            entity = persona.ToEntity(workspaceId, version.Note);
            db.Personas.Add(entity);
            await db.SaveChangesAsync(ct);
            Audit(db, AuditActions.Reverted, entity.Id, workspace, null, version);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        else
        {
            workspace = await WorkspaceNameAsync(db, entity.WorkspaceId, ct);
            await ValidateAsync(db, entity.WorkspaceId, entity.Id, persona, version.Note, ct);
            Audit(db, AuditActions.Reverted, entity.Id, workspace, Snapshot(entity), version);
            persona.CopyTo(entity);
            entity.Note = version.Note;
            await db.SaveChangesAsync(ct);
        }
        Raise(workspace, $"Persona '{persona.Name}' reverted");
        return ToStored(entity);
    }

    /// <summary>Adds a new persona and its "created" audit entry in one transaction (the entry needs the new id).</summary>
    private async Task AddAuditedAsync(WorkbenchDbContext db, PersonaEntity entity, string? workspace, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Personas.Add(entity);
        await db.SaveChangesAsync(ct);
        Audit(db, AuditActions.Created, entity.Id, workspace, null, Snapshot(entity));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private void Audit(WorkbenchDbContext db, string action, int id, string? workspace, PersonaVersion? before, PersonaVersion? after) =>
        AuditTrail.Add(db, actors, AuditKinds.Persona, action, (after ?? before)!.Persona.Name, id, workspace, before, after);

    private static PersonaVersion Snapshot(PersonaEntity entity) => new(entity.ToPersona(), entity.Note);

    private void Raise(string? workspace, string description) => Changed?.Invoke(new StoreChange(workspace, "persona", description));

    private static Task<string?> WorkspaceNameAsync(WorkbenchDbContext db, int workspaceId, CancellationToken ct) =>
        db.Workspaces.Where(w => w.Id == workspaceId).Select(w => (string?)w.Name).SingleOrDefaultAsync(ct);

    private static Persona Normalise(Persona persona) => persona with { Name = (persona.Name ?? "").Trim() };

    private static async Task ValidateAsync(
        WorkbenchDbContext db, int workspaceId, int? exceptId, Persona persona, string note, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(PersonaValidator.Validate(persona), StringComparer.Ordinal);
        if ((note ?? "").Length > MaxNoteLength) errors[NoteField] = $"Note must be at most {MaxNoteLength} characters.";
        if (!errors.ContainsKey(PersonaValidator.NameField))
        {
            var names = await db.Personas.Where(p => p.WorkspaceId == workspaceId && p.Id != exceptId)
                .Select(p => p.Name).ToListAsync(ct);
            if (names.Contains(persona.Name, StringComparer.OrdinalIgnoreCase)) errors[PersonaValidator.NameField] = $"A persona named '{persona.Name}' already exists in this workspace.";
        }
        if (errors.Count > 0) throw new PersonaValidationException(errors);
    }

    private static StoredPersona ToStored(PersonaEntity entity) =>
        new(entity.Id, entity.ToPersona(), entity.Note, entity.Version, entity.UpdatedAt);
}
