using ColdStart.Engine.Text;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// Loads a text encoder by its choice name, independent of any workspace: what the lab's free-text benchmark needs to
/// rank with a pretrained encoder. Implemented by <see cref="ModelHost"/>; tests supply their own.
/// </summary>
public interface IEncoderLoader
{
    /// <summary>
    /// The encoder of <paramref name="choice"/> (<c>minilm</c>, <c>arctic-xs</c> or a drop-in path; see
    /// <see cref="EncoderChoice"/>), loaded with its pooling and query prefix. The loader keeps and disposes it.
    /// </summary>
    /// <exception cref="FileNotFoundException">A model file is missing (the message names it and what to restore).</exception>
    /// <exception cref="InvalidDataException">A model file is truncated or altered.</exception>
    Task<ITextEncoder> LoadAsync(string choice, CancellationToken ct);
}
