using System.Diagnostics;
using ColdStart.Engine.Text;
using ColdStart.Engine.World;
using ColdStart.Pretrained;

namespace ColdStart.Benchmarks;

/// <summary>
/// The <c>pretrained-encoders</c> verb: encodes the first N item texts of the default sample world (default 500) once
/// with each pretrained encoder extracted by the build (models/pretrained/) and with the project encoder, on the CPU, in
/// batches of 256 with the workbench's 64-token limit, and prints load time and texts/s, e.g. <c>-- pretrained-encoders 500</c>.
/// </summary>
internal static class PretrainedEncoderMeasurement
{
    public const string Verb = "pretrained-encoders";

    public static int Run(int count)
    {
        var world = SampleWorld.Generate(new SampleWorldOptions()).Dataset;
        var texts = world.Items.Take(count).Select(i => i.Text).ToArray();
        var root = FindPretrainedRoot();
        Console.WriteLine($"{texts.Length} item texts of the default sample world (seed 42), mean {texts.Average(t => t.Length):0} characters; " +
            $"{Environment.ProcessorCount} cores; execution provider cpu.");
        foreach (var model in PretrainedModels.All)
        {
            if (root is null)
            {
                Console.WriteLine($"{model.Key}: not extracted (build src/ColdStart.Pretrained); skipped.");
                continue;
            }

            PretrainedFiles.Verify(model, root);
            Measure(model.DisplayName, () => OnnxTextEncoder.Create(new EncoderOptions(
                PretrainedFiles.PathOf(root, model, model.Model), PretrainedFiles.PathOf(root, model, model.Vocabulary), "cpu",
                Pooling: Enum.Parse<TokenPooling>(model.Pooling, ignoreCase: true), DisplayName: model.DisplayName)), texts);
        }

        var scratch = Path.Combine(Path.GetTempPath(), "coldstart-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            Measure("project encoder", () => BenchmarkEncoder.Open(world, scratch, out _), texts);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        return 0;
    }

    private static void Measure(string name, Func<OnnxTextEncoder> open, string[] texts)
    {
        var load = Stopwatch.StartNew();
        using var encoder = open();
        load.Stop();
        encoder.Encode(texts[..Math.Min(16, texts.Length)]);
        var clock = Stopwatch.StartNew();
        encoder.Encode(texts);
        clock.Stop();
        Console.WriteLine($"{name}: {encoder.Dimension}-d on {encoder.ExecutionProvider}, loaded in {load.Elapsed.TotalSeconds:0.00} s, " +
            $"{texts.Length} texts in {clock.Elapsed.TotalSeconds:0.00} s = {texts.Length / clock.Elapsed.TotalSeconds:N0} texts/s");
    }

    private static string? FindPretrainedRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ColdStart.Workbench.sln")))
                    return Path.Combine(dir.FullName, "models", "pretrained");
            }
        }

        return null;
    }
}
