
namespace ColdStart.Engine.Training;

/// <summary>A fold's trained snapshot and what must be released with it (e.g. a fold encoder's ONNX session).</summary>
public sealed class FoldModel(ModelSnapshot snapshot, IDisposable? owned = null) : IDisposable
{
    public ModelSnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    public void Dispose() => owned?.Dispose();
}
