using Bunit;
using ColdStart.Data;
using ColdStart.Data.Stores;
using ColdStart.Engine.Domain;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.World;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Compare;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Compare;

public sealed class ComparePageTests : BunitTestBase, IClassFixture<TinyModelFixture>
{
    private const string Workspace = "sample";
    private readonly TinyModelFixture _model;
    private readonly TempDatabase _database = new();
    private readonly FakeLiveModel _live = new(Workspace);
    private readonly IReadOnlyList<Persona> _personas;

    public ComparePageTests(TinyModelFixture model)
    {
        _model = model;
        // The store's one order: by name (ordinal, ignoring case), then id.
        _personas = [.. SamplePersonas.For(model.World.Dataset).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        Services.AddSingleton<ILiveModel>(_live);
        Services.AddSingleton(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        Services.AddLogging();
        Services.AddCompare();
    }

    private async Task StoreWorldAsync()
    {
        var store = await _database.PrepareAsync();
        await store.SaveWorldAsync(Workspace, _model.World);
    }

    [Fact]
    public async Task Three_columns_of_twenty_cards_for_different_personas_with_the_balanced_strategy()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;

        var cut = RenderInteractive<ComparePage>();

        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 2).Count));
        for (int c = 0; c < 3; c++)
            Assert.Equal(Expected(_personas[c], Strategy.Balanced), CardIds(cut, c));
        Assert.Empty(cut.FindAll("[data-testid=column-0] [data-testid=rank-change]"));
        Assert.Equal(20, cut.FindAll("[data-testid=column-1] [data-testid=rank-change]").Count);
        Assert.Contains("Overlap with column 1", cut.Find("[data-testid=column-1] [data-testid=overlap]").TextContent);
    }

    [Fact]
    public async Task The_persona_named_in_the_address_is_ranked_in_the_first_column()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        Services.GetRequiredService<NavigationManager>().NavigateTo($"compare?persona={Uri.EscapeDataString(_personas[4].Name)}");

        var cut = RenderInteractive<ComparePage>();

        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Equal(Expected(_personas[4], Strategy.Balanced), CardIds(cut, 0));
        Assert.Equal(Expected(_personas[1], Strategy.Balanced), CardIds(cut, 1));
    }

    [Fact]
    public async Task The_strategy_named_in_the_address_is_ranked_in_the_first_column()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        Services.GetRequiredService<NavigationManager>().NavigateTo(
            $"compare?persona={Uri.EscapeDataString(_personas[2].Name)}&strategy={Uri.EscapeDataString(Strategy.SemanticOnly.Name)}");

        var cut = RenderInteractive<ComparePage>();

        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Equal(Expected(_personas[2], Strategy.SemanticOnly), CardIds(cut, 0));
    }

    [Fact]
    public async Task A_cards_sensitivity_button_opens_the_panel_with_answers_for_that_item()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        JSInterop.SetupModule("./_content/Plotly.Blazor/plotly-interop-7.2.0.js");
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Empty(cut.FindAll("[data-testid=sensitivity-panel]"));

        cut.FindAll("[data-testid=column-0] [data-testid=sensitivity]")[1].Click();

        Assert.Contains(_personas[0].Name, cut.Find("[data-testid=sensitivity-panel]").TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(cut.Find("[data-testid=answer-first]").TextContent);
        Assert.NotEmpty(cut.FindAll("[data-testid=sensitivity-row]"));
        cut.Find("[data-testid=sensitivity-close] button, button[data-testid=sensitivity-close]").Click();
        Assert.Empty(cut.FindAll("[data-testid=sensitivity-panel]"));
    }

    [Fact]
    public async Task Moving_a_weight_slider_re_ranks_every_column()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        var before = CardIds(cut, 0);

        cut.Find("input[data-testid=weight-semantic]").Input("1");
        cut.Find("input[data-testid=weight-collaborative]").Input("0");

        var edited = Strategy.Balanced with { Weights = Strategy.Balanced.Weights with { Collaborative = 0, Semantic = 1 } };
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], edited), CardIds(cut, 0)));
        Assert.NotEqual(before, CardIds(cut, 0));
        Assert.Equal(Expected(_personas[1], edited), CardIds(cut, 1));
        Assert.Equal(Expected(_personas[2], edited), CardIds(cut, 2));
        Assert.NotEmpty(cut.FindAll("[data-testid=unsaved]"));
    }

    [Fact]
    public async Task The_item_to_item_and_lexical_sliders_re_rank_every_column_and_the_legend_names_every_part()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        var before = CardIds(cut, 0);

        cut.Find("input[data-testid=weight-item-to-item]").Input("1");
        cut.Find("input[data-testid=weight-lexical]").Input("0.5");

        var edited = Strategy.Balanced with { Weights = Strategy.Balanced.Weights with { ItemToItem = 1, Lexical = 0.5f } };
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], edited), CardIds(cut, 0)));
        Assert.NotEqual(before, CardIds(cut, 0));
        Assert.Equal(Expected(_personas[1], edited), CardIds(cut, 1));
        Assert.Equal(Expected(_personas[2], edited), CardIds(cut, 2));
        Assert.Equal([.. BlendWeights.Names, ScorePart.NewItem],
            cut.FindAll("[data-testid=score-legend] [data-component]").Select(e => e.GetAttribute("data-component")));
    }

    [Fact]
    public async Task An_auto_strategy_tuned_on_another_workspace_ranks_with_a_warning_and_its_sliders_edit_the_step_of_column_ones_persona()
    {
        await StoreWorldAsync();
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        var tuned = TunedStrategies.Tuned with { Name = TuningRecord.StrategyNameFor("elsewhere") };
        await new StrategyStore(contexts).SaveTunedAsync(tuned, TunedStrategies.Tuning("elsewhere"));
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Empty(cut.FindAll("[data-testid=tuned-elsewhere]"));

        await cut.InvokeAsync(() => cut.FindComponents<ColumnChoice>()[0].Instance.OnStrategyChanged.InvokeAsync(tuned.Name));
        await cut.InvokeAsync(() => cut.FindComponent<StrategyEditor>().Instance.OnSelect.InvokeAsync(tuned.Name));

        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], tuned), CardIds(cut, 0)));
        Assert.Equal("Tuned on workspace elsewhere; its stored weights are used as they are here.",
            cut.Find("[data-testid=column-0] [data-testid=tuned-elsewhere]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=column-1] [data-testid=tuned-elsewhere]"));
        int revealed = _model.Snapshot.Profiles.Build(_personas[0]).Interactions;
        int step = tuned.Schedule!.StepInForce(revealed);
        Assert.Equal("true", cut.Find($"[data-testid=schedule-step-{step}]").GetAttribute("data-in-force"));
        Assert.StartsWith($"Editing the weights for visitors with {revealed} revealed item", cut.Find("[data-testid=schedule-editing]").TextContent.Trim(), StringComparison.Ordinal);

        cut.Find("input[data-testid=weight-popularity]").Input("1");

        var edited = tuned.WithWeightsFor(revealed, tuned.WeightsFor(revealed) with { Popularity = 1 });
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], edited), CardIds(cut, 0)));
        Assert.Equal(1f, edited.Schedule!.Steps[step].Weights.Popularity);
    }

    [Fact]
    public async Task Pin_here_adds_a_pin_rule_that_save_stores_in_sqlite()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        string third = CardIds(cut, 0)[2];

        cut.Find($"[data-testid=column-0] [data-testid=card-{third}] button[data-testid=pin]").Click();
        cut.Find("button[data-testid=save-strategy]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved 'Balanced'", cut.Find("[data-testid=editor-message]").TextContent));
        Assert.Contains(cut.FindAll("[data-testid=rule]"), r => r.TextContent == $"Pin {third} “{TitleOf(third)}” at #3");
        var stored = (await new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()).ListAsync())
            .Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        Assert.Contains(new PinRule(third, 3), stored.Strategy.Rules);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task The_exploration_share_is_saved_with_the_other_rules()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));

        cut.Find("input[data-testid=exploration-share]").Input("0.25");
        cut.Find("button[data-testid=save-strategy]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved 'Balanced'", cut.Find("[data-testid=editor-message]").TextContent));
        Assert.Contains(cut.FindAll("[data-testid=rule]"), r => r.TextContent.StartsWith("Give 25", StringComparison.Ordinal));
        var stored = (await new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()).ListAsync())
            .Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        Assert.Equal(0.25f, stored.Strategy.ExplorationShare);
        Assert.Contains(new ExplorationRule(0.25f), stored.Strategy.Rules);
    }

    [Fact]
    public async Task Saving_over_a_strategy_changed_elsewhere_reports_the_conflict_and_overwrites_nothing()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        var store = new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>());
        var other = (await store.ListAsync()).Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        await store.UpdateAsync(other.Id, other.Version, other.Strategy with { DiversityLambda = 0.7f });

        cut.Find("input[data-testid=weight-semantic]").Input("1");
        cut.Find("button[data-testid=save-strategy]").Click();

        cut.WaitForAssertion(() => Assert.Contains("changed elsewhere", cut.Find("[data-testid=editor-message]").TextContent));
        var stored = (await store.ListAsync()).Single(s => s.Strategy.Name == Strategy.Balanced.Name);
        Assert.Equal((0.7f, 0.35f), (stored.Strategy.DiversityLambda, stored.Strategy.Weights.Semantic));

        cut.Find("button[data-testid=reload-strategy]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Reloaded 'Balanced'", cut.Find("[data-testid=editor-message]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=unsaved]"));
    }

    [Fact]
    public async Task While_the_model_prepares_the_page_says_so_and_loads_and_ranks_when_it_is_ready()
    {
        _live.Status = new ModelStatus(ModelState.Working, "Training the text encoder: 40 %", 40);
        var cut = RenderInteractive<ComparePage>();
        Assert.Equal("Training the text encoder: 40 %", cut.Find("[data-testid=model-message]").TextContent);
        await StoreWorldAsync(); // the personas are read when the model is ready, not before

        _live.Current = _model.Snapshot;
        _live.Status = new ModelStatus(ModelState.Ready, "ready");
        _live.Raise();

        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Empty(cut.FindAll("[data-testid=model-preparing]"));
    }

    [Fact]
    public async Task Bury_on_a_card_buries_that_item_alone_and_tag_brand_department_are_separate_choices()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        var before = CardIds(cut, 0);
        string second = before[1];

        cut.Find($"[data-testid=column-0] [data-testid=card-{second}] button[data-testid=bury]").Click();

        var buried = Strategy.Balanced.WithScoreRule(new ItemRule(second, -1f));
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], buried), CardIds(cut, 0)));
        Assert.True(CardIds(cut, 0).IndexOf(second) is -1 or > 1, "the buried item moved down");
        Assert.Equal(before[0], CardIds(cut, 0)[0]);
        Assert.Equal(["Exclude the persona's seed items", $"Bury item {second} “{TitleOf(second)}” by 1"], Rules(cut));
        Assert.Contains($"Burying {second} “{TitleOf(second)}”", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal);

        // Tag, brand and department are explicit choices under the "▾" beside Bury.
        string first = CardIds(cut, 0)[0];
        var item = _model.Snapshot.Catalog.Items[_model.Snapshot.Catalog.ItemById[first]];
        var card = $"[data-testid=column-0] [data-testid=card-{first}]";
        Assert.Empty(cut.FindAll($"{card} [data-testid=bury-choices]"));
        cut.Find($"{card} button[data-testid=bury-more]").Click();
        Assert.Equal([.. item.Tags.Select(t => $"Tag “{t}”"), $"Brand “{item.Brand}”", $"Department “{item.Department}”"],
            cut.FindAll($"{card} [data-testid=bury-choices] button").Select(b => b.TextContent.Trim()));
        cut.Find($"{card} button[data-testid=bury-department]").Click();

        cut.WaitForAssertion(() => Assert.Contains($"Bury department “{item.Department}” by 1", Rules(cut)));
        Assert.Equal(3, Rules(cut).Count);
    }

    [Fact]
    public async Task Cards_show_their_sku_and_a_strong_diversity_says_where_it_re_ordered()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Equal(CardIds(cut, 0), cut.FindAll("[data-testid=column-0] [data-testid=item-sku]").Select(e => e.TextContent));
        Assert.Contains("Diversity (per column): the mean over all pairs", cut.Find("[data-testid=diversity-help]").TextContent, StringComparison.Ordinal);

        cut.Find("input[data-testid=diversity-lambda]").Input("0.8");

        var diverse = Strategy.Balanced with { DiversityLambda = 0.8f };
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], diverse), CardIds(cut, 0)));
        var ranked = _model.Snapshot.Rank(_personas[0], diverse, 20).Items;
        var reordered = Enumerable.Range(1, ranked.Count - 1).Where(i => ranked[i].Score > ranked[i - 1].Score).Select(i => ranked[i].Item.Id).ToList();
        Assert.NotEmpty(reordered);
        Assert.Equal(reordered, cut.FindAll("[data-testid=column-0] [data-testid=mmr-note]").Select(n => n.Closest("[data-testid^=card-]")!.GetAttribute("data-testid")!["card-".Length..]));
    }

    [Fact]
    public async Task Save_as_works_on_the_first_click_after_typing_a_name()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));

        // Typing only (input events, no change/blur): the button must be enabled and the first click must save.
        cut.Find("[data-testid=new-name] input, input[data-testid=new-name]").Input("Summer push");
        cut.WaitForAssertion(() => Assert.False(cut.Find("button[data-testid=save-as]").HasAttribute("disabled")));
        cut.Find("button[data-testid=save-as]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Saved a copy as 'Summer push'", cut.Find("[data-testid=editor-message]").TextContent, StringComparison.Ordinal));
        var stored = await new StrategyStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()).ListAsync();
        Assert.Contains(stored, s => s.Strategy.Name == "Summer push");
    }

    [Fact]
    public async Task Unsaved_edits_survive_leaving_compare_and_coming_back_and_discard_asks_first()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        cut.Find("input[data-testid=weight-semantic]").Input("1");
        var semantic = Strategy.Balanced.WithWeightsFor(0, Strategy.Balanced.Weights with { Semantic = 1 });
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], semantic), CardIds(cut, 0)));
        string third = CardIds(cut, 0)[2];
        cut.Find($"[data-testid=column-0] [data-testid=card-{third}] button[data-testid=pin]").Click();
        var edited = semantic.WithPin(third, 3);
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], edited), CardIds(cut, 0)));

        await DisposeComponentsAsync(); // another page
        var back = RenderInteractive<ComparePage>();

        back.WaitForAssertion(() =>
        {
            Assert.Equal(Expected(_personas[0], edited), CardIds(back, 0));
            Assert.NotEmpty(back.FindAll("[data-testid=unsaved]"));
            Assert.Contains($"Pin {third} “{TitleOf(third)}” at #3", Rules(back));
            Assert.Contains("Semantic: 1.00", back.Find("[data-testid=strategy-editor]").TextContent, StringComparison.Ordinal);
        });

        back.Find("button[data-testid=discard]").Click();
        back.WaitForAssertion(() => Assert.Contains("Discard the unsaved changes of 'Balanced'?",
            back.Find("[data-testid=discard-confirm]").TextContent, StringComparison.Ordinal));
        back.Find("button[data-testid=discard-yes]").Click();

        back.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], Strategy.Balanced), CardIds(back, 0)));
        Assert.Empty(back.FindAll("[data-testid=unsaved]"));
        Assert.False(Services.GetRequiredService<CompareDrafts>().Any);
    }

    [Fact]
    public async Task Unsaved_changes_go_away_when_the_slider_returns_to_the_saved_value()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        string saved = Strategy.Balanced.Weights.Semantic.ToString(System.Globalization.CultureInfo.InvariantCulture);

        cut.Find("input[data-testid=weight-semantic]").Input("1");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=unsaved]")));
        cut.Find("input[data-testid=weight-semantic]").Input(saved);

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=unsaved]")));
        Assert.Equal(Expected(_personas[0], Strategy.Balanced), CardIds(cut, 0));
    }

    [Fact]
    public async Task A_long_persona_name_is_cut_with_an_ellipsis_and_shown_whole_in_a_tooltip_beside_the_remove_button()
    {
        await StoreWorldAsync();
        var contexts = _database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        string longName = "Weekend trail runner who buys camping gear, kitchen gadgets and family gifts";
        await new PersonaStore(contexts).CreateAsync(Workspace, _personas[0] with { Name = longName });
        _live.Current = _model.Snapshot;
        Services.GetRequiredService<NavigationManager>().NavigateTo($"compare?persona={Uri.EscapeDataString(longName)}");

        var cut = RenderInteractive<ComparePage>();

        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        var choice = cut.Find("[data-testid=persona-choice-0]");
        Assert.Equal(longName, choice.GetAttribute("title"));
        Assert.Contains("persona-choice", choice.ClassList);
        // The remove button sits beside the name, not inside its (shrinkable) box.
        Assert.Null(choice.QuerySelector("[data-testid=remove-column-0]"));
        Assert.NotNull(choice.ParentElement!.QuerySelector(".remove-column [data-testid=remove-column-0]"));
    }

    [Fact]
    public async Task After_a_slider_move_a_moved_card_says_so_and_why_did_this_move_shows_its_parts_before_and_now()
    {
        await StoreWorldAsync();
        _live.Current = _model.Snapshot;
        var cut = RenderInteractive<ComparePage>();
        cut.WaitForAssertion(() => Assert.Equal(20, CardIds(cut, 0).Count));
        Assert.Empty(cut.FindAll("[data-testid=moved]"));
        var before = _model.Snapshot.Rank(_personas[0], Strategy.Balanced, 20).Items.ToDictionary(i => i.Item.Id);

        cut.Find("input[data-testid=weight-semantic]").Input("1");

        var edited = Strategy.Balanced with { Weights = Strategy.Balanced.Weights with { Semantic = 1 } };
        cut.WaitForAssertion(() => Assert.Equal(Expected(_personas[0], edited), CardIds(cut, 0)));
        var now = _model.Snapshot.Rank(_personas[0], edited, 20).Items;
        var moved = now.First(i => before.TryGetValue(i.Item.Id, out var then) && then.Rank != i.Rank);
        var then = before[moved.Item.Id];
        var card = $"[data-testid=column-0] [data-testid=card-{moved.Item.Id}]";
        string arrow = then.Rank > moved.Rank ? $"moved ↑{then.Rank - moved.Rank}" : $"moved ↓{moved.Rank - then.Rank}";
        Assert.Equal(arrow, cut.Find($"{card} [data-testid=moved]").TextContent);

        cut.Find($"{card} button[data-testid=explain]").Click();

        Assert.Equal("Hide why", cut.Find($"{card} button[data-testid=explain]").TextContent);
        var semantic = cut.Find($"{card} [data-testid=explanation-moves] tr[data-part=Semantic]").QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        string F(float v) => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["Semantic", F(then.Explanation.Component("Semantic")), F(moved.Explanation.Component("Semantic"))], semantic.Take(3));
        Assert.Equal(["Rank", $"#{then.Rank}", $"#{moved.Rank}"],
            cut.Find($"{card} [data-testid=explanation-moves] tr[data-part=rank]").QuerySelectorAll("td").Take(3).Select(td => td.TextContent));
    }

    private string TitleOf(string id) => _model.Snapshot.Catalog.Items[_model.Snapshot.Catalog.ItemById[id]].Title;

    private static List<string> Rules(IRenderedComponent<ComparePage> cut) => [.. cut.FindAll("[data-testid=rule]").Select(r => r.TextContent)];

    private List<string> Expected(Persona persona, Strategy strategy) =>
        [.. _model.Snapshot.Rank(persona, strategy, 20).Items.Select(i => i.Item.Id)];

    private static List<string> CardIds(IRenderedComponent<ComparePage> cut, int column) =>
        [.. cut.FindAll($"[data-testid=column-{column}] [data-testid^=card-]").Select(e => e.GetAttribute("data-testid")!["card-".Length..])];

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
