using ColdStart.Data;
using ColdStart.Data.Import;
using ColdStart.Data.Storage;
using ColdStart.Workbench.Hosting;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// The <c>import</c> verb: reads a generic CSV or MovieLens folder (format detected) and stores it as a new workspace
/// in the configured database, in one transaction. A file with any bad line imports nothing and lists every error as
/// <c>file:line: message</c>. Exit codes: 0 done, 1 the data or database was rejected, 2 bad arguments.
/// </summary>
public static class ImportCommand
{
    public const string Usage = """
        Usage: import --dataset <folder> [--workspace <name>] [--strong-rating <4>]
          --dataset <folder>      items.csv/users.csv/events.csv, MovieLens 100K (u.data, u.item, u.user) or
                                  MovieLens latest (movies.csv, ratings.csv[, tags.csv]).
          --workspace <name>      Workspace to create (default: the folder name). An existing workspace is never overwritten.
          --strong-rating <x>     Ratings ≥ x become strong positives (purchases), others weak views (default 4).
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--help" or "-h" or "help"])
        {
            await stdout.WriteLineAsync(Usage);
            return 0;
        }
        var values = new Dictionary<string, string?>(StringComparer.Ordinal) { ["--dataset"] = null, ["--workspace"] = null, ["--strong-rating"] = "4" };
        for (int i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
                return await UsageErrorAsync(stderr, values.ContainsKey(args[i]) ? $"option {args[i]} needs a value." : $"unknown option '{args[i]}'.");
            values[args[i]] = args[i + 1];
        }
        if (values["--dataset"] is not { } folder) return await UsageErrorAsync(stderr, "--dataset is required.");
        if (!float.TryParse(values["--strong-rating"], System.Globalization.CultureInfo.InvariantCulture, out float strong))
            return await UsageErrorAsync(stderr, "--strong-rating must be a number.");
        string workspace = values["--workspace"] ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        try
        {
            var data = DatasetImporter.Import(folder, new ImportOptions(strong, workspace));
            await stdout.WriteLineAsync($"Read {data.Items.Count:N0} items, {data.Users.Count:N0} users, {data.Events.Count:N0} events ({DatasetImporter.DetectFormat(folder)}).");
            await using var services = DataServices();
            await services.GetRequiredService<DatabaseStartup>().PrepareAsync();
            var store = services.GetRequiredService<WorldStore>();
            await store.SaveWorldAsync(workspace, DatasetImporter.DetectFormat(folder), data);
            await stdout.WriteLineAsync($"Stored as workspace '{workspace}'.");
            return 0;
        }
        catch (ImportException ex)
        {
            await stderr.WriteLineAsync($"import: nothing was imported. {ex.TotalErrors} error(s):");
            foreach (var error in ex.Errors) await stderr.WriteLineAsync("  " + error);
            return 1;
        }
        catch (Exception ex) when (ex is DatabaseUnavailableException or ArgumentException or InvalidOperationException or IOException)
        {
            await stderr.WriteLineAsync($"import: nothing was imported. {ex.Message}");
            return 1;
        }
    }

    private static ServiceProvider DataServices()
    {
        var root = RepositoryRoot.Find();
        var configuration = new ConfigurationBuilder().SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = root, ApplicationName = "ColdStart.Workbench", EnvironmentName = Environments.Production });
        services.AddColdStartData(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task<int> UsageErrorAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync("import: " + message);
        await stderr.WriteLineAsync(Usage);
        return CommandLine.UsageExitCode;
    }
}
