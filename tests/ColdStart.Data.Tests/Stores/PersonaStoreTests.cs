using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class PersonaStoreTests : IAsyncLifetime, IDisposable
{
    private const string Workspace = "tiny";

    private static readonly Persona Camper = new(
        "Outdoor enthusiast",
        new Dictionary<string, string> { [UserAttributes.AgeBand] = "25-34", [UserAttributes.Region] = "north" },
        "hiking, camping, light gear",
        ["SKU-1"],
        ["tent for two"],
        BudgetMin: 20,
        BudgetMax: 400);

    private readonly TempDatabase _database = new();
    private PersonaStore _store = default!;

    public async Task InitializeAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(Workspace, WorkspaceKinds.Csv, TinyWorld.Create());
        _store = new PersonaStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
    }

    [Fact]
    public async Task A_created_persona_comes_back_unchanged_with_version_1()
    {
        var created = await _store.CreateAsync(Workspace, Camper, "likes the outdoors");

        var read = await _store.GetAsync(created.Id);

        Assert.NotNull(read);
        Assert.Equal(1, read.Version);
        Assert.Equal("likes the outdoors", read.Note);
        Assert.Equal(Camper.Name, read.Persona.Name);
        Assert.Equal(Camper.Attributes, read.Persona.Attributes);
        Assert.Equal(Camper.SeedItemIds, read.Persona.SeedItemIds);
        Assert.Equal(Camper.SeedSearches, read.Persona.SeedSearches);
        Assert.Equal((20f, 400f), (read.Persona.BudgetMin!.Value, read.Persona.BudgetMax!.Value));
    }

    [Fact]
    public async Task An_update_with_the_current_version_saves_and_bumps_the_version()
    {
        var created = await _store.CreateAsync(Workspace, Camper);

        var updated = await _store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "alpine climbing" }, "edited");

        Assert.Equal(2, updated.Version);
        var read = await _store.GetAsync(created.Id);
        Assert.Equal(("alpine climbing", "edited", 2), (read!.Persona.Interests, read.Note, read.Version));
    }

    [Fact]
    public async Task The_second_of_two_racing_edits_gets_a_conflict_with_the_stored_persona_and_overwrites_nothing()
    {
        var created = await _store.CreateAsync(Workspace, Camper);
        await _store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "first tab" });

        var conflict = await Assert.ThrowsAsync<PersonaConflictException>(
            () => _store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "second tab" }));

        Assert.Equal(2, conflict.Current!.Version);
        Assert.Equal("first tab", conflict.Current.Persona.Interests);
        Assert.Equal("first tab", (await _store.GetAsync(created.Id))!.Persona.Interests);
    }

    [Fact]
    public async Task Saving_a_persona_deleted_elsewhere_is_a_conflict_without_a_current_persona()
    {
        var created = await _store.CreateAsync(Workspace, Camper);
        Assert.True(await _store.DeleteAsync(created.Id));

        var conflict = await Assert.ThrowsAsync<PersonaConflictException>(() => _store.UpdateAsync(created.Id, 1, Camper));

        Assert.Null(conflict.Current);
    }

    [Fact]
    public async Task An_invalid_persona_is_not_saved_and_the_errors_name_the_fields()
    {
        var invalid = Camper with { Name = "", BudgetMin = 500, BudgetMax = 100 };

        var error = await Assert.ThrowsAsync<PersonaValidationException>(() => _store.CreateAsync(Workspace, invalid));

        Assert.Equal([PersonaValidator.BudgetMaxField, PersonaValidator.NameField], error.Errors.Keys.Order());
        Assert.Empty(await _store.ListAsync(Workspace));
    }

    [Fact]
    public async Task An_invalid_update_leaves_the_stored_persona_untouched()
    {
        var created = await _store.CreateAsync(Workspace, Camper);

        await Assert.ThrowsAsync<PersonaValidationException>(
            () => _store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "new", SeedSearches = [new string('x', 201)] }));

        var read = await _store.GetAsync(created.Id);
        Assert.Equal((Camper.Interests, 1), (read!.Persona.Interests, read.Version));
    }

    [Fact]
    public async Task A_name_taken_in_the_workspace_is_rejected_whatever_its_case()
    {
        await _store.CreateAsync(Workspace, Camper);

        var error = await Assert.ThrowsAsync<PersonaValidationException>(
            () => _store.CreateAsync(Workspace, Camper with { Name = "OUTDOOR ENTHUSIAST" }));

        Assert.Contains("already exists", error.Errors[PersonaValidator.NameField]);
        Assert.Single(await _store.ListAsync(Workspace));
    }

    [Fact]
    public async Task Clones_get_copy_names_and_the_same_fields()
    {
        var created = await _store.CreateAsync(Workspace, Camper, "note");

        var first = await _store.CloneAsync(created.Id);
        var second = await _store.CloneAsync(created.Id);

        Assert.Equal("Outdoor enthusiast (copy)", first.Persona.Name);
        Assert.Equal("Outdoor enthusiast (copy 2)", second.Persona.Name);
        Assert.Equal(Camper.Interests, first.Persona.Interests);
        Assert.Equal("note", first.Note);
        Assert.Equal(3, (await _store.ListAsync(Workspace)).Count);
    }

    [Fact]
    public async Task The_list_is_by_name_ignoring_case_the_one_order_every_page_shows()
    {
        await _store.CreateAsync(Workspace, Camper with { Name = "zoe" });
        await _store.CreateAsync(Workspace, Camper with { Name = "Bob" });
        await _store.CreateAsync(Workspace, Camper with { Name = "adam" });

        var listed = await _store.ListAsync(Workspace);

        Assert.Equal(["adam", "Bob", "zoe"], listed.Select(p => p.Persona.Name));
    }

    [Fact]
    public async Task Search_matches_name_or_note_case_insensitively_and_lists_by_name()
    {
        await _store.CreateAsync(Workspace, Camper);
        await _store.CreateAsync(Workspace, Camper with { Name = "Budget student" }, "cheap OUTDOOR picks");
        await _store.CreateAsync(Workspace, Camper with { Name = "New parent on mobile" });

        var found = await _store.ListAsync(Workspace, "outdoor");

        Assert.Equal(["Budget student", "Outdoor enthusiast"], found.Select(p => p.Persona.Name));
        Assert.Equal(3, (await _store.ListAsync(Workspace)).Count);
    }

    [Fact]
    public async Task Creating_in_an_unknown_workspace_names_the_workspace()
    {
        var error = await Assert.ThrowsAsync<KeyNotFoundException>(() => _store.CreateAsync("nowhere", Camper));

        Assert.Contains("'nowhere'", error.Message);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();
}
