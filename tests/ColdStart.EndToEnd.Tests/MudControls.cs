using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ColdStart.EndToEnd.Tests;

/// <summary>Playwright steps for MudBlazor controls found by their data-testid, as a user works them.</summary>
public static class MudControls
{
    private const int Patience = 30_000;

    /// <summary>The input or textarea of a text, numeric or autocomplete field (the testid sits on it or on its wrapper).</summary>
    public static ILocator Field(IPage page, string testId) =>
        page.Locator($":is(input,textarea)[data-testid={testId}], [data-testid={testId}] :is(input,textarea)").First;

    /// <summary>Waits until the page's circuit is interactive (pages mark their heading with data-interactive).</summary>
    public static Task WaitInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("[data-interactive=true]", new() { Timeout = 60_000 });

    /// <summary>Opens a MudSelect and clicks the option whose text is exactly <paramref name="option"/>.</summary>
    public static async Task SelectAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await OptionAsync(page, option).ClickAsync(new() { Timeout = Patience });
        await page.Locator(".mud-popover-open").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Patience });
    }

    /// <summary>Opens a multi-selection MudSelect, toggles the option <paramref name="option"/> and closes the list.</summary>
    public static async Task ToggleAsync(IPage page, string testId, string option)
    {
        await page.Locator($"[data-testid={testId}]").ClickAsync();
        await OptionAsync(page, option).ClickAsync(new() { Timeout = Patience });
        await page.Keyboard.PressAsync("Escape");
        await page.Locator(".mud-popover-open").First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = Patience });
    }

    /// <summary>Types into a MudAutocomplete and clicks the suggestion whose text matches <paramref name="suggestion"/>.</summary>
    public static async Task ChooseAsync(IPage page, string testId, string text, Regex suggestion)
    {
        var field = Field(page, testId);
        await field.ClickAsync();
        await field.FillAsync(text);
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = suggestion }).First;
        await item.ClickAsync(new() { Timeout = Patience });
    }

    private static ILocator OptionAsync(IPage page, string option) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(option)}\\s*$") }).First;
}
