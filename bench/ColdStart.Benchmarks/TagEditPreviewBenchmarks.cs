using BenchmarkDotNet.Attributes;
using ColdStart.Engine.Comparison;
using ColdStart.Engine.Scoring;
using ColdStart.Engine.Text;
using ColdStart.Engine.Training;
using ColdStart.Engine.World;

namespace ColdStart.Benchmarks;

/// <summary>
/// The Items page's tag-edit impact preview on the default sample world (5,000 items): the item at rank 12 of the first
/// persona's Balanced list gets that persona's interest words as tags;
/// <see cref="TagEditPreview.Compute"/> derives the candidate snapshot (re-encode the item, rebuild the TF-IDF index and
/// the catalog index), builds and ranks 10 personas' top 10 on the live and the candidate snapshot with Balanced, and
/// compares the lists and the item's 10 nearest items.
/// </summary>
public class TagEditPreviewBenchmarks : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "coldstart-bench-" + Guid.NewGuid().ToString("N"));
    private OnnxTextEncoder? _encoder;
    private ModelSnapshot _snapshot = null!;
    private TagEditRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;
        Directory.CreateDirectory(_scratch);
        _encoder = BenchmarkEncoder.Open(world, _scratch, out var origin);
        _snapshot = SnapshotBuilder.Build(world, _encoder, TrainingOptions.Default);
        var personas = GridBenchmarks.TenPersonas(world);
        // The item at rank 12 of the first persona's list gets that persona's interest words as tags: an edit that moves lists.
        var item = _snapshot.Rank(personas[0], Strategy.Balanced, 12).Items[^1].Item;
        string[] words = [.. Engine.Text.TextWords.Split(personas[0].Interests).Where(w => w.Length >= 4 && !item.Tags.Contains(w)).Distinct().Take(4)];
        _request = new TagEditRequest(item.Id, [.. item.Tags, .. words], personas, Strategy.Balanced, TopN: 10, Neighbours: 10);
        var impact = TagEditPreview.Compute(_snapshot, _request);
        Console.WriteLine($"// Encoder: {origin}; item {item.Id} ({item.Department}) + tags {string.Join(", ", words)}; {personas.Count} personas, top 10: {impact.Changed.Count()} lists change");
    }

    [Benchmark(Description = "Tag-edit preview, 10 personas (top 10, Balanced)")]
    public TagEditImpact Preview() => TagEditPreview.Compute(_snapshot, _request);

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _encoder = null;
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
        GC.SuppressFinalize(this);
    }
}
