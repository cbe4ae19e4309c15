using ColdStart.Data.Entities;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Storage;

public sealed class MigrationTests
{
    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var database = new TempDatabase();
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task Migrating_a_fresh_file_applies_every_migration()
    {
        using var database = new TempDatabase();
        await database.Startup.PrepareAsync();

        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Runs_stored_before_the_SimulationRuns_migration_become_evaluations()
    {
        using var database = new TempDatabase();
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261207192957_SavedBoards");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Workspaces (Id, Name, Kind, CreatedAt) VALUES (1, 'old', 'csv', '2026-12-01 00:00:00');" +
                "INSERT INTO EvaluationRuns (Id, WorkspaceId, StartedAt, Status, OptionsJson) VALUES (5, 1, '2026-12-01 00:00:00', 'Cancelled', '{{\"folds\": 3}}');");
        }
        await database.Startup.PrepareAsync();

        var runs = new EvaluationRunStore(database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var run = Assert.Single(await runs.ListAsync());

        Assert.Equal((5, EvaluationRunKinds.Evaluation, EvaluationRunStatus.Cancelled), (run.Id, run.Kind, run.Status));
        Assert.Equal(3, run.Options!.Folds);
        Assert.Null(run.Simulation);
    }
}
