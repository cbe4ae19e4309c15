using Bunit;
using ColdStart.Workbench.Components.Layout;
using ColdStart.Workbench.Tests.Datasets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace ColdStart.Workbench.Tests.Components;

/// <summary>The navigation drawer gives its width to the page below 1280 px (MudBlazor's Lg breakpoint), e.g. at 1024 px.</summary>
public sealed class NavigationDrawerTests : BunitTestBase
{
    private readonly DatasetsFixture _fixture = new();
    private readonly FixedViewport _viewport = new();

    public NavigationDrawerTests()
    {
        _fixture.Register(Services, new FakeLiveWorkspace("sample"));
        Services.AddSingleton<IBrowserViewportService>(_viewport);
    }

    [Theory]
    [InlineData(1600, Breakpoint.Lg, true)]
    [InlineData(1024, Breakpoint.Md, false)]
    public async Task The_drawer_is_open_on_a_wide_screen_and_closed_at_1024_px(int width, Breakpoint breakpoint, bool open)
    {
        await _fixture.PrepareAsync();
        _viewport.Width = width;
        _viewport.Breakpoint = breakpoint;

        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

        cut.WaitForAssertion(() => Assert.Contains(open ? "mud-drawer--open" : "mud-drawer--closed", cut.Find(".mud-drawer").ClassList));
        Assert.Contains("mud-drawer-lg", cut.Find(".mud-drawer").ClassList);
    }

    [Fact]
    public async Task At_1024_px_the_menu_button_opens_the_drawer_over_the_page()
    {
        await _fixture.PrepareAsync();
        _viewport.Width = 1024;
        _viewport.Breakpoint = Breakpoint.Md;
        var cut = RenderInteractive<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));
        cut.WaitForAssertion(() => Assert.Contains("mud-drawer--closed", cut.Find(".mud-drawer").ClassList));

        cut.Find("button[aria-label='Toggle navigation']").Click();

        cut.WaitForAssertion(() => Assert.Contains("mud-drawer--open", cut.Find(".mud-drawer").ClassList));
        Assert.Contains("mud-drawer-overlay--open", cut.Find(".mud-drawer-overlay").ClassList);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fixture.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>A browser window of a fixed size: tells every subscriber its breakpoint at once.</summary>
    private sealed class FixedViewport : IBrowserViewportService
    {
        public int Width { get; set; } = 1600;
        public Breakpoint Breakpoint { get; set; } = Breakpoint.Lg;

        public ResizeOptions ResizeOptions { get; } = new();

        public Task SubscribeAsync(IBrowserViewportObserver observer, bool fireImmediately = true) =>
            fireImmediately
                ? observer.NotifyBrowserViewportChangeAsync(new BrowserViewportEventArgs(observer.Id, Size, Breakpoint, isImmediate: true))
                : Task.CompletedTask;

        public Task SubscribeAsync(Guid observerId, Action<BrowserViewportEventArgs> lambda, ResizeOptions? options = null, bool fireImmediately = true)
        {
            if (fireImmediately) lambda(new BrowserViewportEventArgs(observerId, Size, Breakpoint, isImmediate: true));
            return Task.CompletedTask;
        }

        public Task SubscribeAsync(Guid observerId, Func<BrowserViewportEventArgs, Task> lambda, ResizeOptions? options = null, bool fireImmediately = true) =>
            fireImmediately ? lambda(new BrowserViewportEventArgs(observerId, Size, Breakpoint, isImmediate: true)) : Task.CompletedTask;

        public Task UnsubscribeAsync(IBrowserViewportObserver observer) => Task.CompletedTask;

        public Task UnsubscribeAsync(Guid observerId) => Task.CompletedTask;

        public Task<bool> IsMediaQueryMatchAsync(string mediaQuery) => Task.FromResult(false);

        public Task<bool> IsBreakpointWithinWindowSizeAsync(Breakpoint breakpoint) => Task.FromResult(breakpoint == Breakpoint);

        public Task<bool> IsBreakpointWithinReferenceSizeAsync(Breakpoint breakpoint, Breakpoint reference) => Task.FromResult(breakpoint == reference);

        public Task<Breakpoint> GetCurrentBreakpointAsync() => Task.FromResult(Breakpoint);

        public Task<BrowserWindowSize> GetCurrentBrowserWindowSizeAsync() => Task.FromResult(Size);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private BrowserWindowSize Size => new() { Width = Width, Height = 768 };
    }
}
