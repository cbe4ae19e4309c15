using ColdStart.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ColdStart.Data;

/// <summary>
/// The workbench store (SQLite). Use one short-lived context per operation via <c>IDbContextFactory&lt;WorkbenchDbContext&gt;</c>.
/// Bulk writes and the full-dataset read go through <see cref="Storage.WorldStore"/> with raw commands instead.
/// </summary>
public sealed class WorkbenchDbContext(DbContextOptions<WorkbenchDbContext> options) : DbContext(options)
{
    public DbSet<WorkspaceEntity> Workspaces => Set<WorkspaceEntity>();
    public DbSet<ItemEntity> Items => Set<ItemEntity>();
    public DbSet<ItemTagEntity> ItemTags => Set<ItemTagEntity>();
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<EventEntity> Events => Set<EventEntity>();
    public DbSet<PersonaEntity> Personas => Set<PersonaEntity>();
    public DbSet<StrategyEntity> Strategies => Set<StrategyEntity>();
    public DbSet<ModelArtefactEntity> ModelArtefacts => Set<ModelArtefactEntity>();
    public DbSet<EvaluationRunEntity> EvaluationRuns => Set<EvaluationRunEntity>();
    public DbSet<ItemImpressionEntity> ItemImpressions => Set<ItemImpressionEntity>();
    public DbSet<EmbeddingEncoderEntity> EmbeddingEncoders => Set<EmbeddingEncoderEntity>();
    public DbSet<EmbeddingEntity> Embeddings => Set<EmbeddingEntity>();
    public DbSet<SuiteEntity> Suites => Set<SuiteEntity>();
    public DbSet<SuiteRunEntity> SuiteRuns => Set<SuiteRunEntity>();
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<BoardEntity> Boards => Set<BoardEntity>();

    /// <summary>The people who sign in (Identity's users); <see cref="Users"/> are the shop's visitors.</summary>
    public DbSet<Accounts.Account> Accounts => Set<Accounts.Account>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        Configuration.IdentitySchema.Configure(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkbenchDbContext).Assembly);
    }

    /// <summary>Saves, first bumping <see cref="IVersioned.Version"/> and <see cref="IVersioned.UpdatedAt"/> of changed versioned rows.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampVersions()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
                entry.Entity.UpdatedAt = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                var original = (int)entry.OriginalValues[nameof(IVersioned.Version)]!;
                entry.Entity.Version = original + 1;
                entry.Entity.UpdatedAt = now;
            }
        }
    }
}
