using Bunit;
using Bunit.TestDoubles;
using ColdStart.Data.Accounts;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace ColdStart.Workbench.Tests.Components;

/// <summary>
/// The one base of component tests: loose JS interop, MudBlazor services, a signed-in admin, and (on first render, after the test has
/// added its services) the interactive Server renderer. Async disposal because MudBlazor has async-only disposables.
/// </summary>
public abstract class BunitTestBase : BunitContext, IAsyncLifetime
{
    private bool _rendererSet;

    protected BunitTestBase()
    {
        // bUnit's 1 s default is too short on a loaded 2-core CI machine (a debounced search plus a Sqlite query took
        // 4 s there); passing waits still return as soon as their assertion holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // Components are tested as a signed-in admin (everything shown); a test of a lesser role sets its own.
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("test admin");
        Authorization.SetRoles(Roles.Admin);
    }

    /// <summary>Who the rendered components see as signed in: an admin unless the test changes it.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>
    /// Renders <typeparamref name="TComponent"/> the way the app does: interactive, next to a popover provider
    /// (layouts bring their own).
    /// </summary>
    protected IRenderedComponent<TComponent> RenderInteractive<TComponent>(
        Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null) where TComponent : IComponent
    {
        if (!_rendererSet)
        {
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));
            _rendererSet = true;
        }
        if (!typeof(LayoutComponentBase).IsAssignableFrom(typeof(TComponent))) Popovers = Render<MudPopoverProvider>();
        return Render(parameters);
    }

    /// <summary>The popover provider <see cref="RenderInteractive"/> rendered: open menus and suggestion lists show here.</summary>
    protected IRenderedComponent<MudPopoverProvider>? Popovers { get; private set; }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
