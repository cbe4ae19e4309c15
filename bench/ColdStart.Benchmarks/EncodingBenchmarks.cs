using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Profiles;
using ColdStart.Engine.Text;
using ColdStart.Engine.World;

namespace ColdStart.Benchmarks;

/// <summary>
/// Text encoding, tokenizer plus ONNX Runtime on the CPU: the 5,000 item texts of the default sample world in batches of
/// 256 (reported per text, so Op/s is texts/s; target ≥ 20,000), and one persona's text (target: median ≤ 2 ms).
/// </summary>
public class EncodingBenchmarks : IDisposable
{
    private const int CatalogTexts = 5000;
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "coldstart-bench-" + Guid.NewGuid().ToString("N"));
    private OnnxTextEncoder? _encoder;
    private string[] _itemTexts = [];
    private string _personaText = "";

    [GlobalSetup]
    public void Setup()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;
        if (world.Items.Count < CatalogTexts)
            throw new InvalidOperationException($"The default sample world has {world.Items.Count} items; the benchmark needs {CatalogTexts}.");
        _itemTexts = new string[CatalogTexts];
        for (int i = 0; i < _itemTexts.Length; i++) _itemTexts[i] = world.Items[i].Text;
        var persona = SamplePersonas.For(world)[2];
        _personaText = ProfileText.For(persona.Attributes, persona.Interests, persona.SeedSearches);
        Directory.CreateDirectory(_scratch);
        _encoder = BenchmarkEncoder.Open(world, _scratch, out var origin);
        Console.WriteLine($"// Encoder: {origin}; provider {_encoder.ExecutionProvider}; {_itemTexts.Length} item texts; persona text: \"{_personaText}\"");
    }

    [Benchmark(OperationsPerInvoke = CatalogTexts, Description = "Encode catalog texts, batched (per text)")]
    public float[] CatalogBatched() => _encoder!.Encode(_itemTexts);

    [Benchmark(Description = "Encode one persona text")]
    public float[] Persona() => _encoder!.Encode(_personaText);

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _encoder = null;
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
        GC.SuppressFinalize(this);
    }
}
