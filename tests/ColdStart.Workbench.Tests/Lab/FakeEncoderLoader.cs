using ColdStart.Engine.Text;
using ColdStart.Tests.Shared;
using ColdStart.Workbench.Modeling;

namespace ColdStart.Workbench.Tests.Lab;

/// <summary>
/// Pretrained encoders for free-text tests: the shared word-hash encoder under the choice's name, or, while
/// <see cref="Hold"/> is set, a load that waits until it is cancelled (a benchmark that stays running).
/// </summary>
internal sealed class FakeEncoderLoader : IEncoderLoader, IDisposable
{
    private readonly Dictionary<string, NamedEncoder> _encoders = new(StringComparer.OrdinalIgnoreCase);

    public bool Hold { get; set; }

    /// <summary>When set, every load fails as a pretrained encoder that was not extracted does, with this message.</summary>
    public string? Missing { get; set; }

    public async Task<ITextEncoder> LoadAsync(string choice, CancellationToken ct)
    {
        if (Hold) await Task.Delay(Timeout.Infinite, ct);
        if (Missing is not null) throw new FileNotFoundException(Missing);
        lock (_encoders)
        {
            if (!_encoders.TryGetValue(choice, out var encoder)) _encoders[choice] = encoder = new NamedEncoder($"fake-{choice}");
            return encoder;
        }
    }

    public void Dispose()
    {
        foreach (var encoder in _encoders.Values) encoder.Dispose();
    }

    private sealed class NamedEncoder(string name) : ITextEncoder
    {
        private readonly WordHashEncoder _inner = new();

        public int Dimension => _inner.Dimension;
        public string ExecutionProvider => "CPU";
        public string ModelName => name;
        public float[] Encode(IReadOnlyList<string> texts) => _inner.Encode(texts);
        public float[] Encode(string text) => _inner.Encode(text);
        public void Dispose() => _inner.Dispose();
    }
}
