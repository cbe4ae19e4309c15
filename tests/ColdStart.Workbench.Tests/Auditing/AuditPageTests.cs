using Bunit;
using ColdStart.Data;
using ColdStart.Data.Auditing;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Auditing;
using ColdStart.Workbench.Components.Pages.Audit;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Auditing;

public sealed class AuditPageTests : BunitTestBase
{
    private static readonly Persona Camper = new("Camper", new Dictionary<string, string>(), "hiking", [], ["tent"]);

    private readonly TempDatabase _database = new();
    private readonly StrategyStore _strategies;
    private readonly PersonaStore _personas;

    public AuditPageTests()
    {
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        var actors = new AmbientActorSource("tester");
        _strategies = new StrategyStore(contexts, actors);
        _personas = new PersonaStore(contexts, actors);
        Services.AddSingleton(new AuditStore(contexts));
        Services.AddSingleton(_strategies);
        Services.AddSingleton(_personas);
    }

    private async Task PrepareAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create());
        using (AmbientActorSource.Use("alice"))
        {
            var added = await _strategies.AddAsync(Strategy.Balanced);
            await _strategies.UpdateAsync(added.Id, added.Version, added.Strategy with { DiversityLambda = 0.5f });
        }
        await _personas.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
    }

    [Fact]
    public async Task Filtering_by_who_and_kind_narrows_the_entries_and_each_shows_its_field_diff()
    {
        await PrepareAsync();
        var cut = RenderInteractive<AuditPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("[data-testid=audit-entry]").Count)); // import, 2 strategy, 1 persona

        cut.Find("[data-testid=audit-actor]").Change("alice");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=audit-entry]").Count));
        var update = cut.FindAll("[data-testid=audit-entry]")[0];
        Assert.Contains("alice · strategy 'Balanced' updated", update.QuerySelector("[data-testid=audit-heading]")!.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(update.QuerySelectorAll("[data-testid=audit-diff-row]"));
        Assert.Equal(["diversityLambda", "0.2", "0.5"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));

        cut.Find("[data-testid=audit-actor]").Change("");
        cut.Find("[data-testid=audit-kind]").Change(AuditKinds.Persona);

        cut.WaitForAssertion(() => Assert.Contains("persona 'Camper' created", Assert.Single(cut.FindAll("[data-testid=audit-entry]")).TextContent, StringComparison.Ordinal));
        var fields = cut.FindAll("[data-testid=audit-diff-row] td:first-child").Select(td => td.TextContent).ToList();
        Assert.Contains("persona.name", fields);
        Assert.Contains("persona.seedSearches", fields);

        cut.Find("[data-testid=audit-kind]").Change("");
        cut.Find("[data-testid=audit-from]").Change(DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        cut.WaitForAssertion(() => cut.Find("[data-testid=audit-empty]"));
    }

    [Fact]
    public async Task Revert_writes_the_old_strategy_back_and_the_revert_is_listed()
    {
        await PrepareAsync();
        var cut = RenderInteractive<AuditPage>();
        cut.Find("[data-testid=audit-kind]").Change(AuditKinds.Strategy);
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=audit-entry]").Count));

        cut.FindAll("[data-testid=audit-entry]")[1].QuerySelector("[data-testid=audit-revert]")!.Click(); // the "created" version

        cut.WaitForAssertion(() => Assert.Contains("reverted", cut.Find("[data-testid=audit-message]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0.2f, Assert.Single(await _strategies.ListAsync()).Strategy.DiversityLambda);
        Assert.Contains("tester · strategy 'Balanced' reverted", cut.FindAll("[data-testid=audit-heading]")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diff_compares_objects_field_by_field_and_lists_as_one_value()
    {
        var changes = AuditDiff.Compare("""{"name":"A","tags":["x","y"],"w":{"a":1,"b":2}}""", """{"name":"A","tags":["x"],"w":{"a":1,"b":3},"new":true}""");

        Assert.Equal([new AuditFieldChange("tags", "x, y", "x"), new AuditFieldChange("w.b", "2", "3"), new AuditFieldChange("new", null, "true")], changes);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
