using ColdStart.Workbench.Modeling;
using Microsoft.AspNetCore.Components;

namespace ColdStart.Workbench.Components.Shared;

/// <summary>
/// The one way a component follows the live model: it subscribes to <see cref="ILiveModel.Changed"/> when initialised,
/// runs <see cref="OnModelChangedAsync"/> on the renderer's thread after each change (a new snapshot, a switched
/// workspace, a status update) and re-renders, and unsubscribes when disposed.
/// </summary>
public abstract class LiveModelComponent : ComponentBase, IDisposable
{
    private bool _subscribed;

    [Inject] protected ILiveModel Model { get; set; } = null!;

    protected override void OnInitialized()
    {
        Model.Changed += OnChanged;
        _subscribed = true;
    }

    /// <summary>What to do after the live model changed (on the renderer's thread); the component re-renders afterwards.</summary>
    protected virtual Task OnModelChangedAsync() => Task.CompletedTask;

    public void Dispose()
    {
        if (_subscribed) Model.Changed -= OnChanged;
        _subscribed = false;
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a derived component holds besides the subscription.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    private void OnChanged() => _ = InvokeAsync(async () =>
    {
        await OnModelChangedAsync();
        StateHasChanged();
    });
}
