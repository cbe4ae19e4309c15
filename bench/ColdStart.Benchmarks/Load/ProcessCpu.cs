using System.Globalization;

namespace ColdStart.Benchmarks.Load;

/// <summary>
/// CPU time (user + system) of process trees, from Linux <c>/proc/*/stat</c>: how much of the machine the server and the
/// browsers each took during a phase. Processes that ended during the phase are not counted. Elsewhere than Linux every
/// figure is 0.
/// </summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ: 100 on every Linux the project runs on

    /// <summary>CPU seconds of <paramref name="root"/> and its descendants, and of the other descendants of this process.</summary>
    public static (double Tree, double OtherChildren) Seconds(int root)
    {
        var parents = new Dictionary<int, int>();
        var cpu = new Dictionary<int, double>();
        if (!Directory.Exists("/proc")) return (0, 0);
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid)) continue;
            try
            {
                string stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // pid (comm) state ppid ... utime(14) stime(15): fields after the last ')' start at state (field 3).
                string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                cpu[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // The process ended while we read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }
        int self = Environment.ProcessId;
        double tree = 0, others = 0;
        foreach (var (pid, seconds) in cpu)
        {
            if (Under(pid, root, parents)) tree += seconds;
            else if (pid != self && Under(pid, self, parents)) others += seconds;
        }
        return (tree, others);
    }

    private static bool Under(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (int p = pid, hops = 0; hops < 64; hops++)
        {
            if (p == ancestor) return true;
            if (!parents.TryGetValue(p, out int parent) || parent == p || parent <= 1) return false;
            p = parent;
        }
        return false;
    }
}
