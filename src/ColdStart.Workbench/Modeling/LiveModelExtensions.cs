namespace ColdStart.Workbench.Modeling;

public static class LiveModelExtensions
{
    /// <summary>Completes once <paramref name="model"/> is neither waiting nor working: ready, failed or removed (<see cref="ILiveModel.Status"/> says which).</summary>
    public static async Task WhenSettledAsync(this ILiveModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (!model.Status.IsBusy) settled.TrySetResult();
        }
        model.Changed += Check;
        try
        {
            Check();
            await settled.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            model.Changed -= Check;
        }
    }
}
