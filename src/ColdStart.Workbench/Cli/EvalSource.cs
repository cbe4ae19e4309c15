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
    public static async Task<Dataset> LoadAsync(EvalArguments arguments, IConfiguration configuration, CancellationToken cancellation) =>
        (await LoadWorldAsync(arguments.Dataset, arguments.Workspace, configuration, cancellation)).Dataset;

    /// <summary>
    /// The dataset and, for a generated sample world, each user's hidden archetype (for simulated visitors only; null for
    /// folders and workspaces).
    /// </summary>
    public static async Task<(Dataset Dataset, int[]? Archetypes)> LoadWorldAsync(string? dataset, string? workspace, IConfiguration configuration,
        CancellationToken cancellation)
    {
        if (workspace is not null) return (await LoadWorkspaceAsync(workspace, configuration, cancellation), null);
        switch (dataset)
        {
            case EvalArguments.Sample:
                var world = SampleWorld.Generate(CliServices.SampleWorld(configuration));
                return (world.Dataset, world.UserArchetypes);
            case EvalArguments.Sample100K:
                var small = SampleWorld.Generate(CliServices.SampleWorld(configuration) with { Items = 1682, Users = 943, TargetEvents = 100_000 });
                return (small.Dataset with { Name = EvalArguments.Sample100K }, small.UserArchetypes);
            case { } folder:
                return (DatasetImporter.Import(folder, ImportOptions.Default), null);
            default:
                throw new ArgumentException("Neither a dataset nor a workspace was given.", nameof(dataset));
        }
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
