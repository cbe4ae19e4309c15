using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static ColdStart.EndToEnd.Tests.MudControls;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// The persona × strategy grid and the blend-sensitivity panel in Chromium on the default sample world: the grid
/// renders every persona × strategy, a cell opens that pair in Compare, and a card's "Sensitivity" draws the bump chart
/// and answers "reach #1 / leave the top 10" (screenshots grid-*.png and sensitivity-*.png at 1600 and 1024 px).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class GridAndSensitivityJourneyTests(ChromiumWorkbench app)
{
    private const int Patience = 60_000;

    [ChromiumFact]
    public async Task The_grid_opens_a_pair_in_Compare_whose_card_answers_at_what_weight_it_moves()
    {
        var (page, errors) = await app.NewPageAsync();

        await page.GotoAsync($"{app.Address}/grid");
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=grid-table]", new() { Timeout = Patience });
        await app.ShotAtWidthsAsync(page, "grid", fullPage: true);

        var cell = page.Locator("[data-testid=grid-cell-0-1] [data-testid=grid-link]");
        await cell.ClickAsync(new() { Timeout = Patience });
        await page.WaitForURLAsync(new Regex("/compare\\?persona=.*&strategy="), new() { Timeout = Patience });
        await WaitInteractiveAsync(page);
        await page.WaitForSelectorAsync("[data-testid=column-0] [data-testid^=card-]", new() { Timeout = Patience });

        await page.Locator("[data-testid=column-0] [data-testid=sensitivity]").Nth(2).ClickAsync(new() { Timeout = Patience });
        var panel = page.Locator("[data-testid=sensitivity-panel]");
        await panel.WaitForAsync(new() { Timeout = Patience });
        await page.WaitForSelectorAsync("#sensitivity-chart .main-svg", new() { Timeout = Patience });
        await Assertions.Expect(page.Locator("[data-testid=answer-first]")).ToContainTextAsync(new Regex("#1|never"), new() { Timeout = Patience });
        await app.ShotOfAtWidthsAsync(page, panel, "sensitivity-panel");
        Assert.Empty(errors);
    }
}
