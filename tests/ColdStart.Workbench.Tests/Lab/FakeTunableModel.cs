using ColdStart.Engine.Domain;
using ColdStart.Engine.Text;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>A live model for tuning tests: the shared word-hash encoder for every workspace, and a record of the workspaces told about new tuned settings.</summary>
internal sealed class FakeTunableModel : ITunableModel, IDisposable
{
    private readonly WordHashEncoder _encoder = new();
    private readonly List<string> _applied = [];

    public IReadOnlyList<string> Applied
    {
        get { lock (_applied) return [.. _applied]; }
    }

    public Task<ITextEncoder> EncoderForAsync(string workspace, Dataset data, IProgress<string>? progress, CancellationToken ct) =>
        Task.FromResult<ITextEncoder>(_encoder);

    public Task ApplyTuningAsync(string workspace, CancellationToken ct)
    {
        lock (_applied) _applied.Add(workspace);
        return Task.CompletedTask;
    }

    public void Dispose() => _encoder.Dispose();
}
