namespace ColdStart.Workbench.Datasets;

/// <summary>Rules for the name of a new workspace, the same for the web import form and the <c>import</c> verb.</summary>
public static class WorkspaceNames
{
    /// <summary>Longest accepted name.</summary>
    public const int MaxLength = 100;

    /// <summary>Why <paramref name="name"/> cannot name a workspace, or null when it can: 1–100 letters, digits, spaces, '-', '_' or '.', not blank.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Give the workspace a name.";
        if (name.Trim() != name) return "The workspace name must not start or end with a space.";
        if (name.Length > MaxLength) return $"The workspace name is {name.Length} characters long; at most {MaxLength} are allowed.";
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not (' ' or '-' or '_' or '.'))
                return $"The workspace name may hold letters, digits, spaces, '-', '_' and '.', not '{c}'.";
        }
        return null;
    }

    /// <summary>Why a workspace named <paramref name="name"/> cannot be created when one of that name already exists (even an empty one).</summary>
    public static string AlreadyExists(string name) =>
        $"A workspace named '{name}' already exists, and an existing workspace is never overwritten. Choose another name.";
}
