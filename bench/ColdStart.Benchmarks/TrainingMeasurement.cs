using System.Diagnostics;
using System.Text.Json;

namespace ColdStart.Benchmarks;

/// <summary>
/// The <c>training</c> verb: measures the whole training on the default sample world, which is a one-shot job of about a
/// minute that BenchmarkDotNet fits poorly. Each run is a fresh child process (<c>training --once</c>) so that its peak
/// memory is its own and JIT start-up is counted as a user would see it; prints every run and the medians.
/// </summary>
internal static class TrainingMeasurement
{
    public const string Verb = "training";
    public const string OnceFlag = "--once";
    private const string ResultPrefix = "training-result: ";
    private const double WallTargetSeconds = 120;
    private const double MemoryTargetBytes = 2.0 * 1024 * 1024 * 1024;

    /// <summary>Measures <paramref name="runs"/> child processes, or (in a child, <paramref name="once"/>) one run.</summary>
    public static int Run(int runs, bool once)
    {
        if (once)
        {
            var result = TrainingRun.Measure();
            Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
            return 0;
        }

        var results = new List<TrainingResult>();
        for (int r = 1; r <= runs; r++)
        {
            Console.WriteLine($"Run {r}/{runs} (child process)...");
            var result = RunChild();
            results.Add(result);
            Print(result);
        }
        PrintSummary(results);
        return 0;
    }

    private static TrainingResult RunChild()
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("Cannot locate this executable."))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // Under `dotnet ColdStart.Benchmarks.dll` the process is the dotnet host: pass the assembly first.
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(typeof(TrainingMeasurement).Assembly.Location);
        start.ArgumentList.Add(Verb);
        start.ArgumentList.Add(OnceFlag);
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{start.FileName}'.");
        string? line, found = null;
        while ((line = child.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith(ResultPrefix, StringComparison.Ordinal)) found = line[ResultPrefix.Length..];
            else Console.WriteLine(line);
        }
        child.WaitForExit();
        if (child.ExitCode != 0 || found is null)
            throw new InvalidOperationException($"Training run failed (exit code {child.ExitCode}); see its output above.");
        return JsonSerializer.Deserialize<TrainingResult>(found)
            ?? throw new InvalidOperationException("Training run printed an empty result.");
    }

    private static void Print(TrainingResult r)
    {
        foreach (var phase in r.Phases) Console.WriteLine($"  {phase.Name,-60} {phase.Seconds,7:0.0} s");
        Console.WriteLine($"  wall {r.WallSeconds:0.0} s (training {r.TrainingSeconds:0.0} s), peak working set {Mib(r.PeakWorkingSetBytes):0} MiB, " +
            $"allocated {Mib(r.AllocatedBytes):0} MiB, heap after last GC {Mib(r.HeapSizeBytes):0} MiB, gen2 GCs {r.Gen2Collections}, encoder pairs {r.EncoderPairs:N0}");
    }

    private static void PrintSummary(List<TrainingResult> results)
    {
        double wall = Median(results.Select(r => r.WallSeconds));
        double training = Median(results.Select(r => r.TrainingSeconds));
        double peak = Median(results.Select(r => (double)r.PeakWorkingSetBytes));
        Console.WriteLine();
        Console.WriteLine($"Training on the default sample world, median of {results.Count} run(s):");
        Console.WriteLine($"  wall {wall:0.0} s (training alone {training:0.0} s; target ≤ {WallTargetSeconds:0} s: {(wall <= WallTargetSeconds ? "met" : "NOT met")})");
        Console.WriteLine($"  peak working set {Mib(peak):0} MiB (target ≤ 2048 MiB: {(peak <= MemoryTargetBytes ? "met" : "NOT met")})");
        Console.WriteLine($"  processors {Environment.ProcessorCount}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double Mib(double bytes) => bytes / (1024 * 1024);
}
