using System.Diagnostics;
using System.Text.Json;

namespace ColdStart.EndToEnd.Tests;

/// <summary>
/// A published workbench (<c>dotnet publish</c> output) running as a child process the way the README's "Run it for a
/// team" starts it: its executable, from the clone (the content root), <c>ASPNETCORE_ENVIRONMENT=Production</c>,
/// listening on a loopback port the OS picks (read back from Kestrel's "Now listening on" line). The database is
/// <c>Data:DatabasePath</c>, seeded with a small sample world (300 items) so the model is ready in seconds. Disposing
/// stops it.
/// </summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private const string Listening = "Now listening on: ";
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PublishedApp(Process process) => _process = process;

    /// <summary>Base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Everything the app wrote to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output()
    {
        lock (_output) return [.. _output];
    }

    public static async Task<PublishedApp> StartAsync(string root, string publishFolder, string databasePath, TimeSpan patience)
    {
        string executable = Path.Combine(publishFolder, OperatingSystem.IsWindows() ? "ColdStart.Workbench.exe" : "ColdStart.Workbench");
        var start = File.Exists(executable) ? new ProcessStartInfo(executable) : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(publishFolder, "ColdStart.Workbench.dll") } };
        start.WorkingDirectory = root;
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        // Production as a team would run it: whatever the test run's environment says, accounts are on.
        foreach (string inherited in start.Environment.Keys.Where(k => k.StartsWith("Accounts__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__DatabasePath"] = databasePath;
        start.Environment["SampleWorld__Items"] = "300";
        start.Environment["SampleWorld__Users"] = "500";
        start.Environment["SampleWorld__TargetEvents"] = "5000";
        start.Environment["SampleWorld__Days"] = "60";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var app = new PublishedApp(process);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            app.Address = await app.ListeningAsync(patience);
            await app.WaitForModelAsync(patience);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return app;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
        int at = line.IndexOf(Listening, StringComparison.Ordinal);
        if (at >= 0) _address.TrySetResult(line[(at + Listening.Length)..].Trim().TrimEnd('/'));
    }

    private async Task<string> ListeningAsync(TimeSpan patience)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_address.Task, exited, Task.Delay(patience));
        if (first == _address.Task) return await _address.Task;
        throw new InvalidOperationException(first == exited
            ? $"The published app exited with code {_process.ExitCode}:\n{string.Join('\n', Output())}"
            : $"The published app did not listen within {patience.TotalSeconds:0} s:\n{string.Join('\n', Output())}");
    }

    /// <summary>Polls <c>/healthz</c> until the model is Ready (fails at once when its build failed or the app exited).</summary>
    private async Task WaitForModelAsync(TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        string last = "";
        while (clock.Elapsed < patience)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The published app exited with code {_process.ExitCode}:\n{string.Join('\n', Output())}");
            try
            {
                using var response = await http.GetAsync(new Uri(Address + "/healthz"));
                last = await response.Content.ReadAsStringAsync();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }
            string? state = ModelState(last);
            if (state == "Ready") return;
            if (state == "Failed") throw new InvalidOperationException($"The published app's model build failed: {last}");
            await Task.Delay(250);
        }
        throw new TimeoutException($"The published app's model was not ready after {patience.TotalSeconds:0} s: {last}");
    }

    /// <summary>The model's state in a <c>/healthz</c> answer (<c>checks.model.data.state</c>), or null.</summary>
    private static string? ModelState(string body)
    {
        try
        {
            using var health = JsonDocument.Parse(body);
            return health.RootElement.TryGetProperty("checks", out var checks) && checks.TryGetProperty("model", out var model)
                && model.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("state", out var state)
                ? state.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
