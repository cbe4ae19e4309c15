using ColdStart.Data;
using ColdStart.Data.Import;
using ColdStart.Data.Storage;
using ColdStart.Engine.Domain;
using ColdStart.Engine.World;

namespace ColdStart.Workbench.Cli;

/// <summary>
/// Loads what <c>eval</c> evaluates: a stored workspace from the app's database, the sample world of the app's
/// <c>SampleWorld</c> section (or one of MovieLens-100K size with that section's seed and days), or a dataset folder.
/// </summary>
internal static class EvalSource
{
    public static async Task<Dataset> LoadAsync(EvalArguments arguments, IConfiguration configuration, CancellationToken cancellation)
    {
        if (arguments.Workspace is { } workspace) return await LoadWorkspaceAsync(workspace, configuration, cancellation);
        return arguments.Dataset switch
        {
            EvalArguments.Sample => SampleWorld.Generate(CliServices.SampleWorld(configuration)).Dataset,
            EvalArguments.Sample100K => SampleWorld.Generate(CliServices.SampleWorld(configuration) with { Items = 1682, Users = 943, TargetEvents = 100_000 })
                .Dataset with { Name = EvalArguments.Sample100K },
            { } folder => DatasetImporter.Import(folder, ImportOptions.Default),
            null => throw new ArgumentException("Neither a dataset nor a workspace was given.", nameof(arguments)),
        };
    }

    /// <summary>Reads a workspace; a missing database file or workspace is refused without creating or changing anything.</summary>
    private static async Task<Dataset> LoadWorkspaceAsync(string workspace, IConfiguration configuration, CancellationToken cancellation)
    {
        await using var services = CliServices.Create(configuration);
        var path = services.GetRequiredService<DatabaseLocation>().FullPath;
        if (!File.Exists(path)) throw new EvalSourceException($"--workspace: there is no database at '{path}' (Data:DatabasePath).");
        await services.GetRequiredService<DatabaseStartup>().PrepareAsync(cancellation);
        var store = services.GetRequiredService<WorldStore>();
        var names = await store.ListWorkspacesAsync(cancellation);
        if (!names.Contains(workspace, StringComparer.Ordinal))
            throw new EvalSourceException($"--workspace: no workspace '{workspace}' in '{path}'; there are: {string.Join(", ", names)}.");
        return await store.LoadDatasetAsync(workspace, cancellation);
    }
}
