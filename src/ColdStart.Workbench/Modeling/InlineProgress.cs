namespace ColdStart.Workbench.Modeling;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, in order. <see cref="Progress{T}"/>
/// posts to the thread pool instead, so a late report can land after the final status and overwrite it.
/// </summary>
internal sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
