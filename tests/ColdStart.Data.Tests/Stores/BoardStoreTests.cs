using ColdStart.Data.Auditing;
using ColdStart.Data.Stores;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class BoardStoreTests : IAsyncLifetime, IDisposable
{
    private const string Workspace = "tiny";
    private static readonly SavedBoard Weekly = new("Weekly", [new("Camper", "Balanced"), new("Runner", "Semantic only")], 20, Compact: true, Editing: "Balanced");

    private readonly TempDatabase _database = new();
    private BoardStore _store = default!;

    public async Task InitializeAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(Workspace, WorkspaceKinds.Csv, TinyWorld.Create());
        await world.SaveWorldAsync("other", WorkspaceKinds.Csv, TinyWorld.Create());
        _store = new BoardStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>(), new AmbientActorSource("tester"));
    }

    [Fact]
    public async Task A_board_comes_back_unchanged_and_saving_the_same_name_replaces_it()
    {
        await _store.SaveAsync(Workspace, Weekly);
        var replaced = await _store.SaveAsync(Workspace, Weekly with { Name = " weekly ", TopN = 50, Columns = [new("Runner", "Balanced"), new("Camper", "Balanced")] });

        var stored = Assert.Single(await _store.ListAsync(Workspace));
        Assert.Equal(replaced.Id, stored.Id);
        Assert.Equal(("weekly", 50, true, "Balanced"), (stored.Board.Name, stored.Board.TopN, stored.Board.Compact, stored.Board.Editing));
        Assert.Equal([new BoardColumn("Runner", "Balanced"), new BoardColumn("Camper", "Balanced")], stored.Board.Columns);
        Assert.Equal(stored.Id, (await _store.FindAsync(Workspace, "WEEKLY"))?.Id);
        Assert.Empty(await _store.ListAsync("other"));
    }

    [Fact]
    public async Task Saves_renames_and_deletes_are_audited_with_who_and_before_and_after()
    {
        var saved = await _store.SaveAsync(Workspace, Weekly);
        await _store.SaveAsync(Workspace, Weekly with { TopN = 50 });
        await _store.RenameAsync(saved.Id, "Monthly");
        await _store.DeleteAsync(saved.Id);

        var audit = new AuditStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var entries = (await audit.ListAsync(new AuditQuery(Kind: AuditKinds.Board))).OrderBy(e => e.Id).ToList();
        Assert.Equal([AuditActions.Created, AuditActions.Updated, AuditActions.Updated, AuditActions.Deleted], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("tester", saved.Id, Workspace), (e.Actor, e.SubjectId, e.Workspace)));
        Assert.Null(entries[0].Before);
        Assert.Contains("\"topN\":50", entries[1].After!.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Monthly", entries[2].Subject);
        Assert.Null(entries[3].After);
        Assert.False(entries[3].CanRevert);
    }

    [Fact]
    public async Task Rename_refuses_a_taken_name_and_delete_removes_the_board()
    {
        var weekly = await _store.SaveAsync(Workspace, Weekly);
        await _store.SaveAsync(Workspace, Weekly with { Name = "Launch" });
        await _store.SaveAsync("other", Weekly with { Name = "Review" });

        var taken = await Assert.ThrowsAsync<InvalidOperationException>(() => _store.RenameAsync(weekly.Id, "LAUNCH"));
        Assert.Equal("A board named 'LAUNCH' already exists in this workspace.", taken.Message);
        Assert.Equal("Review", (await _store.RenameAsync(weekly.Id, "Review")).Board.Name);

        Assert.True(await _store.DeleteAsync(weekly.Id));
        Assert.False(await _store.DeleteAsync(weekly.Id));
        Assert.Equal(["Launch"], (await _store.ListAsync(Workspace)).Select(b => b.Board.Name));
    }

    [Theory]
    [InlineData("", 20, 2, "name: a board needs a name.")]
    [InlineData("ok", 0, 2, "topN: must be between 1 and 200 (got 0).")]
    [InlineData("ok", 20, 0, "columns: a board needs at least one column.")]
    public async Task A_bad_board_is_refused_naming_its_field_and_nothing_is_written(string name, int topN, int columns, string message)
    {
        var board = new SavedBoard(name, [.. Weekly.Columns.Take(columns)], topN);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(Workspace, board));

        Assert.Equal(message, error.Message);
        Assert.Empty(await _store.ListAsync(Workspace));
    }

    [Fact]
    public async Task Deleting_a_workspace_deletes_its_boards()
    {
        await _store.SaveAsync("other", Weekly);

        await new WorkspaceStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()).DeleteAsync("other");

        await using var db = await _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>().CreateDbContextAsync();
        Assert.Empty(db.Boards);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
