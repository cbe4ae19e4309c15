using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;

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
}
