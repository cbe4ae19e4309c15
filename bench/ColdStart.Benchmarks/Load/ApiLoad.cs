using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ColdStart.Benchmarks.Load;

/// <summary>Settings of the <c>load-api</c> verb.</summary>
internal sealed record ApiLoadSettings(
    int Rate, int Seconds, int WarmUpSeconds, int Clients, int SaturationSeconds, string? Url, string? Key, int PermitLimit, int K, bool AdHoc);

/// <summary>
/// The <c>load-api</c> verb: <c>POST /api/v1/recommendations</c> at a fixed open-loop rate (each request is sent at its
/// scheduled time whether or not earlier ones have been answered; latency counts from the scheduled time, so a server
/// or client that falls behind shows in the numbers), bounded in time and in requests in flight; then a short closed
/// loop of N concurrent clients for the throughput at saturation. Requests cycle through every stored persona × every
/// strategy of the active workspace (from the GET endpoints), k = 10.
/// </summary>
internal static class ApiLoad
{
    public const string Verb = "load-api";
    private const double TargetP99Ms = 50;
    private const int MaxInFlight = 2_000;
    private const long MaxRequests = 10_000_000;
    private const string Backlog = "client backlog";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly record struct Sample(double Ms, string Outcome)
    {
        public bool Ok => Outcome == "200";
    }

    public static int Run(ApiLoadSettings settings) => RunAsync(settings).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(ApiLoadSettings settings)
    {
        if ((long)settings.Rate * settings.Seconds > MaxRequests)
        {
            Console.Error.WriteLine($"load-api: --rate × --seconds is {(long)settings.Rate * settings.Seconds:N0} requests; at most {MaxRequests:N0} are kept.");
            return BenchmarkCommandLine.UsageExitCode;
        }
        Console.WriteLine($"load-api: {MachineLoad.Now()} before the start");
        WorkbenchProcess? app = null;
        try
        {
            (string address, app) = await WorkbenchProcess.AttachOrStartAsync(settings.Url,
                new Dictionary<string, string> { ["Api:PermitLimit"] = settings.PermitLimit.ToString(CultureInfo.InvariantCulture) },
                string.Create(CultureInfo.InvariantCulture, $"; rate limiter Api:PermitLimit={settings.PermitLimit} per 1 s window"));

            using var client = CreateClient(address, settings);
            var bodies = await RequestBodiesAsync(client, settings.K, settings.AdHoc);
            Console.WriteLine($"Requests: {bodies.Count} persona × strategy bodies, k = {settings.K}, in turn"
                + (settings.AdHoc ? " (ad hoc: each persona's profile and each strategy's weights inline)" : " (personaId + strategy name)"));

            if (settings.WarmUpSeconds > 0)
            {
                var warm = await OpenLoopAsync(client, bodies, settings.Rate, settings.WarmUpSeconds);
                Console.WriteLine($"Warm-up: {warm.Samples.Length} requests at {settings.Rate}/s for {settings.WarmUpSeconds} s (not counted), {Errors(warm.Samples)}");
            }

            int serverPid = app?.ProcessId ?? -1;
            var cpuBefore = ProcessCpu.Seconds(serverPid).Tree;
            var fixedRate = await OpenLoopAsync(client, bodies, settings.Rate, settings.Seconds);
            double serverCpu = ProcessCpu.Seconds(serverPid).Tree - cpuBefore;
            var ok = fixedRate.Samples.Where(s => s.Ok).Select(s => s.Ms);
            var latencies = Latencies.Of(fixedRate.Samples.Where(s => s.Outcome != Backlog).Select(s => s.Ms)); // requests never sent have no latency
            int errors = fixedRate.Samples.Count(s => !s.Ok);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Fixed rate {settings.Rate}/s for {settings.Seconds} s (open loop): {fixedRate.Samples.Length} requests, {ok.Count()} OK, {Errors(fixedRate.Samples)}"));
            Console.WriteLine($"  latency from the scheduled send time: {latencies}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  achieved: {fixedRate.Samples.Length / fixedRate.Elapsed.TotalSeconds:0.0} requests/s sent, {ok.Count() / fixedRate.Elapsed.TotalSeconds:0.0} OK/s; the sender was at most {fixedRate.MaxLagMs:0.0} ms late"));
            if (serverPid > 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  server CPU: {serverCpu:0.0} s in {settings.Seconds} s ({serverCpu * 1000 / Math.Max(1, fixedRate.Samples.Length):0.00} ms a request, {serverCpu / settings.Seconds:0.00} of the {Environment.ProcessorCount} cores)"));
            bool met = errors == 0 && latencies.P99 <= TargetP99Ms;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  target p99 ≤ {TargetP99Ms} ms and no errors: {(met ? "met" : "NOT met")}; {MachineLoad.Now()}"));

            if (settings.SaturationSeconds > 0)
            {
                var (samples, elapsed) = await ClosedLoopAsync(client, bodies, settings.Clients, settings.SaturationSeconds);
                int saturatedOk = samples.Count(s => s.Ok);
                Console.WriteLine();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Saturation: {settings.Clients} concurrent clients (closed loop) for {settings.SaturationSeconds} s: {samples.Count} requests, {Errors(samples)}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  throughput {saturatedOk / elapsed.TotalSeconds:0} OK requests/s; latency {Latencies.Of(samples.Select(s => s.Ms))}; {MachineLoad.Now()}"));
                if (samples.Any(s => s.Outcome == "429"))
                    Console.WriteLine("  429s: the rate limiter (Api:PermitLimit per Api:WindowSeconds, per client) refused some; raise --permit-limit to measure the server.");
            }
            return met ? 0 : 1;
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or FileNotFoundException or DirectoryNotFoundException or HttpRequestException or JsonException)
        {
            Console.Error.WriteLine($"load-api: {ex.Message}");
            return 1;
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
        }
    }

    private static HttpClient CreateClient(string address, ApiLoadSettings settings)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(address + "/"), Timeout = Timeout.InfiniteTimeSpan };
        if (settings.Key is { Length: > 0 } key) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>One JSON body per stored persona × strategy: <c>{"personaId": …, "strategy": "…", "k": …}</c>.</summary>
    private static async Task<IReadOnlyList<byte[]>> RequestBodiesAsync(HttpClient client, int k, bool adHoc)
    {
        using var personas = JsonDocument.Parse(await GetAsync(client, "api/v1/personas"));
        using var strategies = JsonDocument.Parse(await GetAsync(client, "api/v1/strategies"));
        var personaList = personas.RootElement.GetProperty("personas").EnumerateArray().ToList();
        var strategyList = strategies.RootElement.EnumerateArray().Select(s => s.GetProperty("strategy")).ToList();
        if (personaList.Count == 0 || strategyList.Count == 0)
            throw new InvalidOperationException($"The active workspace has {personaList.Count} personas and {strategyList.Count} strategies; the benchmark needs at least one of each.");
        if (!adHoc)
        {
            return [.. personaList.SelectMany(p => strategyList.Select(s => JsonSerializer.SerializeToUtf8Bytes(
                new { personaId = p.GetProperty("id").GetInt32(), strategy = s.GetProperty("name").GetString(), k })))];
        }
        // The same visitors and weights sent inline: an ad-hoc profile and explicit weights (no persona or strategy read).
        string[] profileFields = ["attributes", "interests", "seedItems", "seedSearches", "budgetMin", "budgetMax"];
        return [.. personaList.SelectMany(p => strategyList.Select(s =>
        {
            var profile = new JsonObject();
            foreach (string field in profileFields)
                if (p.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null) profile[field] = JsonNode.Parse(value.GetRawText());
            var body = new JsonObject
            {
                ["profile"] = profile,
                ["weights"] = JsonNode.Parse(s.GetProperty("weights").GetRawText()),
                ["diversityLambda"] = s.GetProperty("diversityLambda").GetSingle(),
                ["k"] = k,
            };
            return JsonSerializer.SerializeToUtf8Bytes(body);
        }))];
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>
    /// Sends <paramref name="rate"/> × <paramref name="seconds"/> requests, request i at i / rate seconds, without
    /// waiting for answers; at most <see cref="MaxInFlight"/> in flight (a request due beyond that is not sent and
    /// counts as an error, "client backlog").
    /// </summary>
    private static async Task<(Sample[] Samples, TimeSpan Elapsed, double MaxLagMs)> OpenLoopAsync(HttpClient client, IReadOnlyList<byte[]> bodies, int rate, int seconds)
    {
        long total = (long)rate * seconds;
        var samples = new Sample[total];
        var pending = new List<Task>((int)total);
        int inFlight = 0;
        double maxLagMs = 0;
        var clock = Stopwatch.StartNew();
        for (long i = 0; i < total; i++)
        {
            long due = i * Stopwatch.Frequency / rate;
            while (true)
            {
                long wait = due - clock.ElapsedTicks;
                if (wait <= 0) break;
                if (wait > Stopwatch.Frequency / 500) await Task.Delay(TimeSpan.FromTicks(wait * TimeSpan.TicksPerSecond / Stopwatch.Frequency) - TimeSpan.FromMilliseconds(1));
                else Thread.Yield();
            }
            maxLagMs = Math.Max(maxLagMs, (clock.ElapsedTicks - due) * 1000.0 / Stopwatch.Frequency);
            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                samples[i] = new Sample(0, Backlog);
                continue;
            }
            Interlocked.Increment(ref inFlight);
            long index = i;
            pending.Add(Task.Run(async () =>
            {
                samples[index] = await SendAsync(client, bodies[(int)(index % bodies.Count)], clock, due);
                Interlocked.Decrement(ref inFlight);
            }));
        }
        await Task.WhenAll(pending);
        return (samples, TimeSpan.FromSeconds(seconds), maxLagMs);
    }

    private static async Task<(List<Sample> Samples, TimeSpan Elapsed)> ClosedLoopAsync(HttpClient client, IReadOnlyList<byte[]> bodies, int clients, int seconds)
    {
        var clock = Stopwatch.StartNew();
        long end = (long)seconds * Stopwatch.Frequency;
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = new List<Sample>();
            for (int n = c; clock.ElapsedTicks < end; n += clients)
                mine.Add(await SendAsync(client, bodies[n % bodies.Count], clock, clock.ElapsedTicks));
            return mine;
        })));
        var elapsed = clock.Elapsed;
        return ([.. perClient.SelectMany(s => s)], elapsed);
    }

    /// <summary>Sends one body and reads the whole answer; the latency counts from <paramref name="fromTicks"/> of <paramref name="clock"/>.</summary>
    private static async Task<Sample> SendAsync(HttpClient client, byte[] body, Stopwatch clock, long fromTicks)
    {
        string outcome;
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync(new Uri("api/v1/recommendations", UriKind.Relative), content, timeout.Token);
            await response.Content.CopyToAsync(Stream.Null, timeout.Token);
            outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (OperationCanceledException)
        {
            outcome = "timeout (10 s)";
        }
        catch (HttpRequestException ex)
        {
            outcome = ex.HttpRequestError.ToString();
        }
        return new Sample((clock.ElapsedTicks - fromTicks) * 1000.0 / Stopwatch.Frequency, outcome);
    }

    private static string Errors(IEnumerable<Sample> samples)
    {
        var errors = samples.Where(s => !s.Ok).GroupBy(s => s.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}").ToList();
        return errors.Count == 0 ? "no errors" : "errors " + string.Join(", ", errors);
    }
}
