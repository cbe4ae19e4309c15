namespace ColdStart.Data.Entities;

/// <summary>A saved Compare board of a workspace: its columns (persona × strategy) and options, under a name.</summary>
public sealed class BoardEntity
{
    public int Id { get; set; }
    public int WorkspaceId { get; set; }
    public WorkspaceEntity? Workspace { get; set; }

    /// <summary>Unique within the workspace (ignoring case).</summary>
    public required string Name { get; set; }

    /// <summary>The columns as a JSON array of {persona, strategy}, left to right.</summary>
    public string ColumnsJson { get; set; } = "[]";

    /// <summary>How many results each column lists.</summary>
    public int TopN { get; set; }

    /// <summary>Compact cards (one line each).</summary>
    public bool Compact { get; set; }

    /// <summary>The strategy open in the editor, or null for the first column's.</summary>
    public string? Editing { get; set; }

    /// <summary>UTC time of the last save or rename.</summary>
    public DateTime UpdatedAt { get; set; }
}
