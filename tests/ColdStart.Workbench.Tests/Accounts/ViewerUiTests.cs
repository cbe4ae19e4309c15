using Bunit;
using ColdStart.Data;
using ColdStart.Data.Accounts;
using ColdStart.Data.Stores;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Training;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Components.Pages.Compare;
using ColdStart.Workbench.Components.Pages.Personas;
using ColdStart.Workbench.Modeling;
using ColdStart.Workbench.Personas;
using ColdStart.Workbench.Tests.Compare;
using ColdStart.Workbench.Tests.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ColdStart.Workbench.Tests.Accounts;

/// <summary>
/// A viewer cannot reach an editor action in the UI: the save controls are not rendered for them (a Blazor Server
/// circuit dispatches events only to rendered controls), while the same components show them to an editor.
/// </summary>
public sealed class ViewerUiTests : BunitTestBase
{
    private readonly TempDatabase _database = new();
    private readonly List<Strategy> _edits = [];

    public ViewerUiTests()
    {
        Services.AddSingleton(new PersonaStore(_database.Services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>()));
        Services.AddSingleton<ILiveModel>(new FakeLiveModel("tiny")
        {
            Current = SnapshotBuilder.Build(TinyWorld.Create(), new WordHashEncoder(16), TrainingOptions.Default),
        });
    }

    [Theory]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.Editor, true)]
    [InlineData(Roles.Admin, true)]
    public void The_strategy_editor_offers_saving_to_editors_only_and_lets_a_viewer_try_changes(string role, bool canSave)
    {
        Authorization.SetRoles(role);

        var cut = RenderInteractive<StrategyEditor>(p => p
            .Add(e => e.Strategy, Strategy.Balanced)
            .Add(e => e.StrategyNames, [Strategy.Balanced.Name])
            .Add(e => e.OnEdited, s => _edits.Add(s)));
        cut.Find("input[data-testid=weight-lexical]").Input("0.25");

        Assert.Equal(canSave, cut.FindAll("[data-testid=save-strategy]").Count == 1);
        Assert.Equal(canSave, cut.FindAll("[data-testid=save-as]").Count == 1);
        Assert.Equal(canSave, cut.FindAll("[data-testid=rename]").Count == 1);
        Assert.Equal(!canSave, cut.Markup.Contains("saving needs the editor role", StringComparison.Ordinal));
        Assert.Equal(0.25f, Assert.Single(_edits).Weights.Lexical);
    }

    [Theory]
    [InlineData(Roles.Viewer, false)]
    [InlineData(Roles.Editor, true)]
    public void The_persona_form_offers_saving_to_editors_only(string role, bool canSave)
    {
        Authorization.SetRoles(role);

        var cut = RenderInteractive<PersonaForm>(p => p.Add(f => f.Draft, new PersonaDraft()).Add(f => f.Workspace, "tiny"));

        Assert.Equal(canSave, cut.FindAll("[data-testid=persona-save]").Count == 1);
        Assert.Equal(!canSave, cut.Markup.Contains("Saving personas needs the editor role.", StringComparison.Ordinal));
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database.Dispose();
    }
}
