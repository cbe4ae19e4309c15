using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ColdStart.Data.Stores;

/// <summary>
/// Remembers which workspace the workbench serves, across restarts, in a small JSON file next to the database
/// (<c>workbench.db</c> → <c>workbench.workspace.json</c>). A file rather than a row: the choice is a setting of this
/// installation, not data, and it needs no schema change. Writes are atomic (temporary file, then rename); a missing or
/// unreadable file, or a workspace that no longer exists, falls back to <see cref="DataOptions.DefaultWorkspace"/>.
/// </summary>
public sealed class ActiveWorkspaceFile(
    DatabaseLocation location, IOptions<DataOptions> options, IDbContextFactory<WorkbenchDbContext> contexts,
    ILogger<ActiveWorkspaceFile>? logger = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly ILogger _logger = logger ?? NullLogger<ActiveWorkspaceFile>.Instance;

    /// <summary>Absolute path of the JSON file.</summary>
    public string Path { get; } = System.IO.Path.ChangeExtension(location.FullPath, ".workspace.json");

    /// <summary>The saved workspace name, or the default workspace when none is saved or the file is unreadable.</summary>
    public string Read()
    {
        if (!File.Exists(Path)) return options.Value.DefaultWorkspace;
        try
        {
            var saved = JsonSerializer.Deserialize<Choice>(File.ReadAllText(Path), Json);
            if (!string.IsNullOrWhiteSpace(saved?.Workspace)) return saved.Workspace;
            _logger.LogWarning("{Path} names no workspace; using '{Default}'", Path, options.Value.DefaultWorkspace);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Cannot read the active workspace from {Path} ({Reason}); using '{Default}'", Path, ex.Message, options.Value.DefaultWorkspace);
        }
        return options.Value.DefaultWorkspace;
    }

    /// <summary><see cref="Read"/>, but the default workspace when the saved one no longer exists in the database.</summary>
    public async Task<string> ResolveAsync(CancellationToken cancellationToken = default)
    {
        var saved = Read();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (saved == options.Value.DefaultWorkspace || await db.Workspaces.AnyAsync(w => w.Name == saved, cancellationToken)) return saved;
        _logger.LogWarning("The saved workspace '{Saved}' no longer exists; opening '{Default}'", saved, options.Value.DefaultWorkspace);
        return options.Value.DefaultWorkspace;
    }

    /// <summary>Saves <paramref name="workspace"/> as the one to open next time.</summary>
    public void Save(string workspace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspace);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Choice(workspace, DateTime.UtcNow), Json));
        File.Move(temporary, Path, overwrite: true);
    }

    private sealed record Choice(string Workspace, DateTime SavedAt);
}
