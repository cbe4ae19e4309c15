using System.Globalization;

namespace ColdStart.Benchmarks.Load;

/// <summary>Latency percentiles (nearest rank) of one phase, in milliseconds.</summary>
internal sealed record Latencies(int Count, double P50, double P95, double P99, double Max)
{
    public static Latencies Of(IEnumerable<double> milliseconds)
    {
        double[] sorted = [.. milliseconds.Order()];
        if (sorted.Length == 0) return new Latencies(0, double.NaN, double.NaN, double.NaN, double.NaN);
        return new Latencies(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="share"/> of the values at or below it.</summary>
    public static double Rank(double[] sorted, double share)
    {
        int index = (int)Math.Ceiling(share * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms");
}

/// <summary>The machine's load averages (Linux <c>/proc/loadavg</c>), printed with every figure: the machine is shared.</summary>
internal static class MachineLoad
{
    public static string Now()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"load average {parts[0]}, {parts[1]}, {parts[2]} ({Environment.ProcessorCount} cores)";
        }
        catch (IOException)
        {
            return $"load average unknown ({Environment.ProcessorCount} cores)";
        }
        catch (UnauthorizedAccessException)
        {
            return $"load average unknown ({Environment.ProcessorCount} cores)";
        }
    }
}
