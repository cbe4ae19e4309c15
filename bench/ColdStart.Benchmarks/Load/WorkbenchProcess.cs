using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;

namespace ColdStart.Benchmarks.Load;

/// <summary>
/// The workbench for a load measurement: the built app (<c>src/ColdStart.Workbench/bin/{configuration}/net10.0</c>) as a
/// child process on a free loopback port, over a fresh temporary database that it seeds with the default sample world of
/// appsettings.json, in Development and single-user mode (loopback requests act as the local admin, no key needed), with
/// warnings-only logging. A child process, not an in-process host, so the load generator and the browsers do not share
/// the server's thread pool and garbage collector. Disposing stops it and deletes the database.
/// </summary>
internal sealed class WorkbenchProcess : IAsyncDisposable
{
    private const string Marker = "ColdStart.Workbench.sln";
    private readonly Process _process;
    private readonly string _folder;
    private readonly Queue<string> _lastLines = new();

    private WorkbenchProcess(Process process, string folder, string address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    /// <summary>Base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    /// <summary>The app's process id (for <see cref="ProcessCpu"/>).</summary>
    public int ProcessId => _process.Id;

    /// <summary>
    /// The server to load: <paramref name="url"/> when given (waited on until ready; the app stays null), else the built
    /// app started as a child process with <paramref name="settings"/> (the caller disposes it). Prints which, and how
    /// long the model took; <paramref name="startedNote"/> is appended to the started server's line.
    /// </summary>
    public static async Task<(string Address, WorkbenchProcess? App)> AttachOrStartAsync(string? url, IReadOnlyDictionary<string, string> settings,
        string startedNote = "")
    {
        if (url is not null)
        {
            string address = url.TrimEnd('/');
            await WaitUntilReadyAsync(address, TimeSpan.FromMinutes(2));
            Console.WriteLine($"Server: {address} (its own configuration and rate limit)");
            return (address, null);
        }
        Console.WriteLine("Starting the workbench (built app, child process, Development, single-user, fresh database with the default sample world)...");
        var clock = Stopwatch.StartNew();
        var app = await StartAsync(settings, TimeSpan.FromMinutes(15));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Server: {app.Address}, model ready after {clock.Elapsed.TotalSeconds:0} s{startedNote}"));
        return (app.Address, app);
    }

    /// <summary>
    /// Starts the app with <paramref name="settings"/> (configuration keys, e.g. <c>Api:PermitLimit</c>) and waits until
    /// <c>/healthz</c> reports the model ready (at most <paramref name="patience"/>).
    /// </summary>
    public static async Task<WorkbenchProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan patience)
    {
        string root = FindRoot();
        string configuration = typeof(WorkbenchProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        string dll = Path.Combine(root, "src", "ColdStart.Workbench", "bin", configuration, "net10.0", "ColdStart.Workbench.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"The workbench is not built: {dll} is missing. Build it first: dotnet build src/ColdStart.Workbench -c {configuration}");
        string folder = Directory.CreateTempSubdirectory("coldstart-load-").FullName;
        int port = FreePort();
        string address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Accounts__SingleUser"] = "true";
        start.Environment["Data__DatabasePath"] = Path.Combine(folder, "workbench.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var app = new WorkbenchProcess(process, folder, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitUntilReadyAsync(address, patience, process, app.LastLines);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    /// <summary>
    /// Polls <c>GET {address}/healthz</c> until the live model is <c>Ready</c>; throws when the model build failed, the
    /// process (if any) exited, or <paramref name="patience"/> ran out.
    /// </summary>
    public static async Task WaitUntilReadyAsync(string address, TimeSpan patience, Process? process = null, Func<string>? log = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        string last = "no answer yet";
        while (clock.Elapsed < patience)
        {
            if (process is { HasExited: true })
                throw new InvalidOperationException($"The workbench exited with code {process.ExitCode} before its model was ready. Its last output:{Environment.NewLine}{log?.Invoke()}");
            try
            {
                using var response = await client.GetAsync(new Uri(address.TrimEnd('/') + "/healthz"));
                string body = await response.Content.ReadAsStringAsync();
                string? state = ModelState(body);
                if (state == "Ready") return;
                if (state == "Failed") throw new InvalidOperationException($"The workbench's model build failed: {body}");
                last = $"HTTP {(int)response.StatusCode}, model {state ?? "?"}";
            }
            catch (HttpRequestException ex)
            {
                last = ex.Message;
            }
            catch (TaskCanceledException)
            {
                last = "/healthz did not answer within 10 s";
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The workbench's model was not ready after {patience.TotalSeconds:0} s ({last}).");
    }

    private static string? ModelState(string healthBody)
    {
        try
        {
            using var json = JsonDocument.Parse(healthBody);
            return json.RootElement.TryGetProperty("checks", out var checks) && checks.TryGetProperty("model", out var model)
                && model.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("state", out var state)
                ? state.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 20) _lastLines.Dequeue();
        }
    }

    private string LastLines()
    {
        lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
    }

    /// <summary>The repository root: upwards from the current directory, then from this program's folder.</summary>
    internal static string FindRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker))) return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No {Marker} above {Directory.GetCurrentDirectory()}: run from the repository.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
