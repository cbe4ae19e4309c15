using ColdStart.Data.Import;
using ColdStart.Data.Storage;
using ColdStart.Data.Stores;
using ColdStart.Workbench.Modeling;
using Microsoft.Extensions.Options;

namespace ColdStart.Workbench.Datasets;

/// <summary>
/// Imports uploaded files as a new workspace: checks the request, streams the uploads to a temporary folder, reads them
/// with the same <see cref="DatasetImporter"/> as the <c>import</c> verb and stores the result in one transaction, off
/// the UI thread, reporting progress through <see cref="Current"/> and <see cref="Changed"/>. All or nothing: any bad
/// line imports nothing and lists the errors as file:line: message. The temporary folder is always deleted.
/// One import runs at a time.
/// </summary>
public sealed partial class WorkspaceImports(
    WorldStore world, WorkspaceStore workspaces, IOptions<UploadOptions> options, ILogger<WorkspaceImports> logger)
{
    private readonly Lock _gate = new();
    private bool _running;
    private volatile ImportJob? _current;

    /// <summary>The running or last import, null before the first.</summary>
    public ImportJob? Current => _current;

    /// <summary>Raised whenever <see cref="Current"/> changes (any thread).</summary>
    public event Action? Changed;

    /// <summary>Runs the import and returns how it ended; never throws for bad input (the job says what is wrong).</summary>
    public async Task<ImportJob> ImportAsync(ImportRequest request, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(files);
        if (Problem(request, files) is { } problem) return Publish(Failed(request, problem));
        if (await workspaces.ExistsAsync(request.Workspace, cancellationToken))
        {
            return Publish(Failed(request, WorkspaceNames.AlreadyExists(request.Workspace)));
        }
        lock (_gate)
        {
            if (_running) return Failed(request, $"Another import ('{_current?.Workspace}') is running; wait until it finishes.");
            _running = true;
        }
        try
        {
            return Publish(await RunAsync(request, files, cancellationToken));
        }
        finally
        {
            lock (_gate) _running = false;
        }
    }

    private string? Problem(ImportRequest request, IReadOnlyList<UploadedFile> files)
    {
        if (WorkspaceNames.Problem(request.Workspace) is { } name) return name;
        if (!float.IsFinite(request.StrongRatingThreshold) || request.StrongRatingThreshold <= 0)
            return "The strong-rating threshold must be a number above 0.";
        var slots = request.Format.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (files.FirstOrDefault(f => !slots.Contains(f.Slot)) is { } stray)
            return $"{request.Format.Label} has no file called {stray.Slot}; it reads {string.Join(", ", slots)}.";
        if (files.GroupBy(f => f.Slot).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return $"{twice.Key} was given {twice.Count()} times.";
        var missing = request.Format.Files.Where(f => f.Required && files.All(u => u.Slot != f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0) return $"{request.Format.Label} needs {string.Join(", ", missing)}; choose {(missing.Count == 1 ? "that file" : "those files")}.";
        var limit = options.Value.MaxFileBytes;
        if (files.FirstOrDefault(f => f.Size > limit) is { } large)
            return $"{large.FileName} is {Megabytes(large.Size)} MB; the limit is {options.Value.MaxFileMegabytes} MB per file (setting {UploadOptions.SectionName}:{nameof(UploadOptions.MaxFileMegabytes)}).";
        return null;
    }

    private async Task<ImportJob> RunAsync(ImportRequest request, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        var name = request.Workspace;
        try
        {
            using var folder = UploadFolder.Create(options.Value.TempFolder);
            await UploadAsync(request, files, folder, cancellationToken);
            Publish(new ImportJob(name, ImportStage.Reading, $"Reading and checking {request.Format.Label} files…", 40));
            var data = await Task.Run(() => request.Format.Read(folder.Path, new(request.StrongRatingThreshold, name)), cancellationToken);
            var storing = new InlineProgress<StoreProgress>(p => ReportStoring(name, p));
            Publish(new ImportJob(name, ImportStage.Storing, "Storing the workspace…", 50));
            await Task.Run(() => world.SaveWorldAsync(name, request.Format.Name, data, storing, cancellationToken), cancellationToken);
            LogImported(name, request.Format.Name, data.Items.Count, data.Users.Count, data.Events.Count);
            return new ImportJob(name, ImportStage.Succeeded,
                $"Imported '{name}': {data.Items.Count:N0} items, {data.Users.Count:N0} users, {data.Events.Count:N0} events.", 100);
        }
        catch (ImportException ex)
        {
            LogRejected(name, ex.TotalErrors);
            var noun = ex.TotalErrors == 1 ? "error" : "errors";
            return new ImportJob(name, ImportStage.Failed, $"Nothing was imported: the files have {ex.TotalErrors:N0} {noun}.", null, ex.Errors, ex.TotalErrors);
        }
        catch (OperationCanceledException)
        {
            return Failed(request, "The import was cancelled; nothing was imported.");
        }
        catch (ColdStart.Data.DatabaseUnavailableException ex)
        {
            logger.LogWarning(ex, "Import of workspace {Workspace} failed: the database was unavailable", name);
            return Failed(request, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ArgumentException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Import of workspace {Workspace} failed", name);
            return Failed(request, $"Nothing was imported: {ex.Message}");
        }
    }

    private async Task UploadAsync(ImportRequest request, IReadOnlyList<UploadedFile> files, UploadFolder folder, CancellationToken cancellationToken)
    {
        var total = Math.Max(1, files.Sum(f => f.Size));
        long before = 0;
        var lastPercent = -1;
        foreach (var file in files)
        {
            var copied = new InlineProgress<long>(bytes =>
            {
                var percent = (int)(40 * (before + bytes) / total);
                if (percent == lastPercent) return;
                lastPercent = percent;
                Publish(new ImportJob(request.Workspace, ImportStage.Uploading,
                    $"Uploading {file.FileName} as {file.Slot} ({Megabytes(bytes)} of {Megabytes(file.Size)} MB)…", percent));
            });
            Publish(new ImportJob(request.Workspace, ImportStage.Uploading, $"Uploading {file.FileName} as {file.Slot}…", 40.0 * before / total));
            before += await folder.SaveAsync(file, options.Value.MaxFileBytes, copied, cancellationToken);
        }
    }

    private void ReportStoring(string workspace, StoreProgress progress) =>
        Publish(new ImportJob(workspace, ImportStage.Storing,
            $"Storing {progress.Stage}: {progress.Done:N0} of {progress.Total:N0} rows…", 50 + 50 * progress.Fraction));

    private ImportJob Publish(ImportJob job)
    {
        _current = job;
        Changed?.Invoke();
        return job;
    }

    private static ImportJob Failed(ImportRequest request, string message) => new(request.Workspace, ImportStage.Failed, message);

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported workspace {Workspace} ({Format}): {Items} items, {Users} users, {Events} events")]
    private partial void LogImported(string workspace, string format, int items, int users, int events);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of workspace {Workspace} rejected with {Errors} error(s); nothing was imported")]
    private partial void LogRejected(string workspace, int errors);
}
