using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;

namespace ColdStart.Workbench.Modeling;

/// <summary>
/// What tuning a workspace's Auto strategy needs from the live model: the text encoder that workspace's model uses, and
/// telling the model that tuned settings were stored. Implemented by <see cref="ModelHost"/>; tests supply their own.
/// </summary>
public interface ITunableModel
{
    /// <summary>
    /// The text encoder of <paramref name="workspace"/>'s model: the live one's when that workspace is loaded, else the
    /// one <see cref="ModelHost"/> would load for it (a project encoder not trained yet for it is trained first, on <paramref name="data"/>).
    /// </summary>
    Task<ITextEncoder> EncoderForAsync(string workspace, Dataset data, IProgress<string>? progress, CancellationToken ct);

    /// <summary>
    /// Tuned settings (popularity half-life, neighbours) were stored for <paramref name="workspace"/>: when that
    /// workspace is loaded, its live model takes them now.
    /// </summary>
    Task ApplyTuningAsync(string workspace, CancellationToken ct);
}
