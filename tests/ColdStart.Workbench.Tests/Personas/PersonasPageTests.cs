using AngleSharp.Dom;
using Bunit;
using ColdStart.Data;
using ColdStart.Data.Seeding;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Personas;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Options;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace ColdStart.Workbench.Tests.Personas;

public sealed class PersonasPageTests : BunitTestBase
{
    private static readonly Persona Camper = new(
        "Outdoor enthusiast",
        new Dictionary<string, string> { [UserAttributes.Region] = "north" },
        "hiking",
        [],
        ["tent"]);

    private readonly TempDatabase _database = new();
    private readonly PersonaStore _store;

    public PersonasPageTests()
    {
        _store = new PersonaStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddSingleton(_store);
        Services.AddSingleton(new SeedingStatus());
        Services.AddSingleton(_database.Store);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ModelOptions()));
        Services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = _database.Folder, EnvironmentName = "Development" });
        Services.AddLogging();
        Services.AddSingleton<ModelHost>();
        Services.AddSingleton(sp => sp.GetRequiredService<ModelHost>().Acquire(WorkspaceKinds.DefaultWorkspace));
    }

    private async Task PrepareWorldAsync()
    {
        var world = await _database.PrepareAsync();
        await world.SaveWorldAsync(WorkspaceKinds.DefaultWorkspace, WorkspaceKinds.Csv, TinyWorld.Create());
    }

    [Fact]
    public async Task Saving_a_blank_persona_shows_the_name_message_and_stores_nothing()
    {
        await PrepareWorldAsync();
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        cut.Find("button[data-testid=persona-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Name is required.", cut.Find("[data-testid=persona-form]").TextContent));
        Assert.Empty(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public async Task The_test_ids_sit_on_the_native_inputs_for_the_browser_test()
    {
        await PrepareWorldAsync();
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        Assert.Equal("input", cut.Find("[data-testid=persona-name]").LocalName);
        Assert.Equal("textarea", cut.Find("[data-testid=persona-interests]").LocalName);
        Assert.Equal("button", cut.Find("[data-testid=persona-save]").LocalName);
    }

    [Fact]
    public async Task Invalid_fields_show_their_own_messages_and_block_save()
    {
        await PrepareWorldAsync();
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        Input(cut, "persona-name", new string('n', 81));
        Input(cut, "persona-budget-min", "50");
        Input(cut, "persona-budget-max", "10");

        var form = cut.Find("[data-testid=persona-form]").TextContent;
        Assert.Contains("Name must be at most 80 characters (now 81).", form);
        Assert.Contains("Maximum budget (10) must not be below the minimum (50).", form);
        Assert.True(cut.Find("button[data-testid=persona-save]").HasAttribute("disabled"));
        Assert.Empty(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public async Task A_valid_new_persona_is_saved_and_listed()
    {
        await PrepareWorldAsync();
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        Input(cut, "persona-name", "Budget student");
        Input(cut, "persona-interests", "cheap snacks");
        cut.Find("button[data-testid=persona-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Budget student", cut.Find("[data-testid=persona-row] div").TextContent));
        var stored = Assert.Single(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));
        Assert.Equal("cheap snacks", stored.Persona.Interests);
    }

    [Fact]
    public async Task A_duplicate_name_is_reported_on_the_name_field()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        Input(cut, "persona-name", "outdoor enthusiast");
        cut.Find("button[data-testid=persona-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("already exists", cut.Find("[data-testid=persona-form]").TextContent));
        Assert.Single(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public async Task A_save_after_an_edit_elsewhere_shows_the_conflict_and_reload_brings_the_stored_persona()
    {
        await PrepareWorldAsync();
        var created = await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-row]").Click();
        await _store.UpdateAsync(created.Id, created.Version, Camper with { Interests = "from the other tab" });

        Input(cut, "persona-interests", "from this tab");
        cut.Find("button[data-testid=persona-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("This persona was changed elsewhere", cut.Find("[data-testid=persona-conflict]").TextContent));
        Assert.Equal("from the other tab", (await _store.GetAsync(created.Id))!.Persona.Interests);
        cut.Find("button[data-testid=persona-reload]").Click();
        cut.WaitForAssertion(() => Assert.Equal("from the other tab", Field(cut, "persona-interests").GetAttribute("value") ?? Field(cut, "persona-interests").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=persona-conflict]"));
    }

    [Fact]
    public async Task Delete_asks_for_confirmation_and_cancel_keeps_the_persona()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        cut.Find("[data-testid=persona-row]").Click();

        cut.Find("button[data-testid=persona-delete]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Delete 'Outdoor enthusiast'? This cannot be undone.", dialogs.Markup));
        DialogButton(dialogs, "Cancel").Click();
        dialogs.WaitForAssertion(() => Assert.DoesNotContain("cannot be undone", dialogs.Markup));
        Assert.Single(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));

        cut.Find("button[data-testid=persona-delete]").Click();
        dialogs.WaitForAssertion(() => DialogButton(dialogs, "Delete").Click());

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=persona-row]")));
        Assert.Empty(await _store.ListAsync(WorkspaceKinds.DefaultWorkspace));
    }

    [Fact]
    public async Task Clone_stores_a_copy_and_selects_it()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-row]").Click();

        cut.Find("button[data-testid=persona-clone]").Click();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=persona-row]").Count));
        Assert.Equal("Outdoor enthusiast (copy)", Field(cut, "persona-name").GetAttribute("value"));
    }

    [Fact]
    public async Task A_stored_persona_links_to_the_compare_page_with_itself_first()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        Assert.Empty(cut.FindAll("[data-testid=persona-compare]"));

        cut.Find("[data-testid=persona-row]").Click();

        Assert.Equal("compare?persona=Outdoor%20enthusiast", cut.Find("[data-testid=persona-compare]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_persona_row_takes_keyboard_focus_and_enter_opens_it()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        var cut = RenderInteractive<PersonasPage>();
        var row = cut.Find("[data-testid=persona-row]");
        Assert.Equal("0", row.GetAttribute("tabindex"));
        Assert.Equal("false", row.GetAttribute("aria-selected"));

        row.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("compare?persona=Outdoor%20enthusiast", cut.Find("[data-testid=persona-compare]").GetAttribute("href"));
        Assert.Equal("true", cut.Find("[data-testid=persona-row]").GetAttribute("aria-selected"));
    }

    [Fact]
    public async Task Search_filters_the_list_by_name()
    {
        await PrepareWorldAsync();
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper);
        await _store.CreateAsync(WorkspaceKinds.DefaultWorkspace, Camper with { Name = "Budget student" });
        var cut = RenderInteractive<PersonasPage>();
        Assert.Equal(2, cut.FindAll("[data-testid=persona-row]").Count);

        Input(cut, "persona-search", "stud");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=persona-row]")), TimeSpan.FromSeconds(3));
        Assert.Equal("Budget student", cut.Find("[data-testid=persona-row] div").TextContent);
    }

    private static IElement DialogButton(IRenderedComponent<MudBlazor.MudDialogProvider> dialogs, string text) =>
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public async Task A_negative_budget_is_refused_on_its_field_and_kept_as_typed_not_turned_into_zero()
    {
        await PrepareWorldAsync();
        var cut = RenderInteractive<PersonasPage>();
        cut.Find("[data-testid=persona-new]").Click();

        Input(cut, "persona-name", "Bargain hunter");
        Input(cut, "persona-budget-min", "-20");
        Input(cut, "persona-budget-max", "-5");

        // Each field validates when its input arrives; under load the second render may still be on its way.
        cut.WaitForAssertion(() =>
        {
            var form = cut.Find("[data-testid=persona-form]").TextContent;
            Assert.Contains("Minimum budget must be a number ≥ 0.", form, StringComparison.Ordinal);
            Assert.Contains("Maximum budget must be a number ≥ 0.", form, StringComparison.Ordinal);
            Assert.Equal("-20", Field(cut, "persona-budget-min").GetAttribute("value"));
            Assert.True(cut.Find("button[data-testid=persona-save]").HasAttribute("disabled"));
        }, TimeSpan.FromSeconds(30));
    }

    private static IElement Field(IRenderedComponent<PersonasPage> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.LocalName is "input" or "textarea" ? element : element.QuerySelector("input, textarea")!;
    }

    private static void Input(IRenderedComponent<PersonasPage> cut, string testId, string value) => Field(cut, testId).Input(value);

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
