using System.Text.Json;
using ColdStart.Data.Auditing;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Suites;
using ColdStart.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Data.Tests.Stores;

public sealed class AuditTrailTests : IAsyncLifetime, IDisposable
{
    private const string Workspace = "tiny";

    private static readonly Persona Camper = new(
        "Outdoor enthusiast", new Dictionary<string, string> { [UserAttributes.AgeBand] = "25-34" }, "hiking, camping", ["SKU-1"], ["tent for two"]);

    private readonly TempDatabase _database = new();
    private readonly AmbientActorSource _actors = new("tester");
    private IDbContextFactory<WorkbenchDbContext> _contexts = default!;

    private AuditStore Audit => new(_contexts);

    public async Task InitializeAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(Workspace, WorkspaceKinds.Csv, TinyWorld.Create());
        _contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
    }

    [Fact]
    public async Task A_strategy_add_and_update_record_who_and_the_versions_before_and_after()
    {
        var store = new StrategyStore(_contexts, _actors);
        StoredStrategy added;
        using (AmbientActorSource.Use("10.0.0.7"))
            added = await store.AddAsync(Strategy.Balanced);
        var edited = added.Strategy with { Weights = new BlendWeights(0.1f, 0.9f, 0, 0) };
        await store.UpdateAsync(added.Id, added.Version, edited);

        var entries = await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Strategy));

        Assert.Equal([AuditActions.Updated, AuditActions.Created], entries.Select(e => e.Action));
        var (update, create) = (entries[0], entries[1]);
        Assert.Equal(("10.0.0.7", Strategy.Balanced.Name, added.Id), (create.Actor, create.Subject, create.SubjectId));
        Assert.Null(create.Before);
        Assert.Equal(Strategy.Balanced.Weights, Read<Strategy>(create.After).Weights);
        Assert.Equal("tester", update.Actor);
        Assert.Equal(Strategy.Balanced.Weights, Read<Strategy>(update.Before).Weights);
        Assert.Equal(edited.Weights, Read<Strategy>(update.After).Weights);
        Assert.True(update.At >= create.At && update.At.Kind == DateTimeKind.Utc);
    }

    [Fact]
    public async Task A_failed_strategy_write_records_nothing()
    {
        var store = new StrategyStore(_contexts, _actors);
        var added = await store.AddAsync(Strategy.Balanced);
        await store.UpdateAsync(added.Id, added.Version, added.Strategy with { DiversityLambda = 0.3f });

        await Assert.ThrowsAsync<StrategyConflictException>(() => store.UpdateAsync(added.Id, added.Version, added.Strategy));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AddAsync(Strategy.Balanced));

        Assert.Equal(2, (await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Strategy))).Count);
    }

    [Fact]
    public async Task Reverting_a_strategy_writes_the_old_version_back_and_is_itself_audited()
    {
        var store = new StrategyStore(_contexts, _actors);
        var added = await store.AddAsync(Strategy.Balanced);
        var edited = await store.UpdateAsync(added.Id, added.Version, added.Strategy with { Weights = new BlendWeights(0, 1, 0, 0), Rules = [new TagRule("summer", 0.5f)] });
        var created = (await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Strategy))).Single(e => e.Action == AuditActions.Created);

        var reverted = await store.RevertAsync(created.Id);

        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal((Strategy.Balanced.Weights, 3), (stored.Strategy.Weights, stored.Version));
        Assert.Equal(Strategy.Balanced.Rules, stored.Strategy.Rules);
        Assert.Equal(stored.Version, reverted.Version);
        var entry = (await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Strategy)))[0];
        Assert.Equal(AuditActions.Reverted, entry.Action);
        Assert.Equal(edited.Strategy.Rules, Read<Strategy>(entry.Before).Rules);
        Assert.Equal(Strategy.Balanced.Weights, Read<Strategy>(entry.After).Weights);
    }

    [Fact]
    public async Task Persona_create_update_and_delete_are_recorded_and_a_deleted_persona_can_be_reverted_back()
    {
        var store = new PersonaStore(_contexts, _actors);
        var created = await store.CreateAsync(Workspace, Camper, "first note");
        var updated = await store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "kayaks" }, "second note");
        Assert.True(await store.DeleteAsync(updated.Id));

        var entries = await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Persona));

        Assert.Equal([AuditActions.Deleted, AuditActions.Updated, AuditActions.Created], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((Workspace, Camper.Name, created.Id), (e.Workspace, e.Subject, e.SubjectId)));
        var update = entries[1];
        Assert.Equal(("hiking, camping", "first note"), (Read<PersonaVersion>(update.Before).Persona.Interests, Read<PersonaVersion>(update.Before).Note));
        Assert.Equal(("kayaks", "second note"), (Read<PersonaVersion>(update.After).Persona.Interests, Read<PersonaVersion>(update.After).Note));
        Assert.Null(entries[0].After);

        var back = await store.RevertAsync(update.Id);

        Assert.Equal(("kayaks", "second note"), (back.Persona.Interests, back.Note));
        Assert.Equal(Camper.Name, Assert.Single(await store.ListAsync(Workspace)).Persona.Name);
        Assert.Equal(AuditActions.Reverted, (await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Persona)))[0].Action);
    }

    [Fact]
    public async Task A_refused_persona_write_records_nothing()
    {
        var store = new PersonaStore(_contexts, _actors);
        var created = await store.CreateAsync(Workspace, Camper);

        await Assert.ThrowsAsync<PersonaValidationException>(() => store.CreateAsync(Workspace, Camper));
        await Assert.ThrowsAsync<PersonaValidationException>(() => store.UpdateAsync(created.Id, created.Version, Camper with { Name = "" }));
        await Assert.ThrowsAsync<PersonaConflictException>(() => store.UpdateAsync(created.Id, created.Version + 5, Camper));

        Assert.Single(await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Persona)));
    }

    [Fact]
    public async Task A_tag_edit_records_the_tags_before_and_after_and_a_refused_one_records_nothing()
    {
        var items = new ItemStore(_contexts, _actors);

        await items.SetTagsAsync(Workspace, "SKU-1", ["camping", "Summer "]);
        await Assert.ThrowsAsync<ArgumentException>(() => items.SetTagsAsync(Workspace, "SKU-1", ["a", "a"]));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => items.SetTagsAsync(Workspace, "SKU-404", ["a"]));

        var entry = Assert.Single(await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.ItemTags)));
        Assert.Equal((AuditActions.Updated, Workspace, "tester"), (entry.Action, entry.Workspace, entry.Actor));
        Assert.StartsWith("SKU-1", entry.Subject, StringComparison.Ordinal);
        Assert.Equal(["camping", "lightweight"], Tags(entry.Before));
        Assert.Equal(["camping", "summer"], Tags(entry.After));
    }

    [Fact]
    public async Task Suite_writes_are_recorded_and_an_invalid_suite_records_nothing()
    {
        var store = new SuiteStore(_contexts, _actors);
        var suite = new Suite("Launch checks", "Balanced", [new ItemInTop("Camper", 10, "SKU-1")]);
        var added = await store.AddAsync(Workspace, suite);
        await Assert.ThrowsAsync<SuiteFormatException>(() => store.AddAsync(Workspace, suite with { Name = "" }));
        var updated = await store.UpdateAsync(added.Id, added.Version, suite with { Strategy = "Trending" });
        await Assert.ThrowsAsync<SuiteConflictException>(() => store.UpdateAsync(added.Id, added.Version, suite));
        Assert.True(await store.DeleteAsync(updated.Id));

        var entries = await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Suite));

        Assert.Equal([AuditActions.Deleted, AuditActions.Updated, AuditActions.Created], entries.Select(e => e.Action));
        Assert.Equal(("Balanced", "Trending"), (Read<Suite>(entries[1].Before).Strategy, Read<Suite>(entries[1].After).Strategy));
        Assert.Equal("Trending", Read<Suite>(entries[0].Before).Strategy);
        Assert.Null(entries[0].After);
    }

    [Fact]
    public async Task Workspace_import_encoder_choice_and_delete_are_recorded_and_refusals_record_nothing()
    {
        var workspaces = new WorkspaceStore(_contexts, _actors);

        await workspaces.SetEncoderAsync(Workspace, "Hash", ["hash", "minilm"]);
        await Assert.ThrowsAsync<ArgumentException>(() => workspaces.SetEncoderAsync(Workspace, "nope", ["hash"]));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => workspaces.DeleteAsync("missing"));
        await workspaces.DeleteAsync(Workspace);

        var entries = await Audit.ListAsync(new AuditQuery(Kind: AuditKinds.Workspace));

        Assert.Equal([AuditActions.Deleted, AuditActions.Updated, AuditActions.Created], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(Workspace, e.Subject));
        Assert.Equal("server", entries[2].Actor); // the import ran through the app's WorldStore
        Assert.Equal(5, Field(entries[2].After, "items").GetInt32());
        Assert.Equal(("(default)", "hash"), (Field(entries[1].Before, "encoder").GetString(), Field(entries[1].After, "encoder").GetString()));
        Assert.Equal(5, Field(entries[0].Before, "items").GetInt32());
    }

    [Fact]
    public async Task The_list_filters_by_actor_kind_and_date()
    {
        var store = new StrategyStore(_contexts, _actors);
        using (AmbientActorSource.Use("alice"))
            await store.AddAsync(Strategy.Balanced with { Name = "A" });
        await store.AddAsync(Strategy.Balanced with { Name = "B" });

        var alice = await Audit.ListAsync(new AuditQuery(Actor: "alice"));
        var future = await Audit.ListAsync(new AuditQuery(FromUtc: DateTime.UtcNow.AddDays(1)));
        var past = await Audit.ListAsync(new AuditQuery(ToUtc: DateTime.UtcNow.AddDays(-1)));
        var all = await Audit.ListAsync(new AuditQuery(FromUtc: DateTime.UtcNow.AddDays(-1), ToUtc: DateTime.UtcNow.AddDays(1)));

        Assert.Equal("A", Assert.Single(alice).Subject);
        Assert.Empty(future);
        Assert.Empty(past);
        Assert.Equal(3, all.Count); // the import, A and B
        Assert.Equal(["alice", "server", "tester"], await Audit.ListActorsAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    private static T Read<T>(string? json) => JsonSerializer.Deserialize<T>(json!, ColdStart.Data.Mapping.StoreJson.Options)!;

    private static JsonElement Field(string? json, string name) => JsonDocument.Parse(json!).RootElement.GetProperty(name);

    private static string[] Tags(string? json) => [.. Field(json, "tags").EnumerateArray().Select(t => t.GetString()!)];
}
