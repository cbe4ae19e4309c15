using System.Globalization;

namespace ColdStart.Workbench.Export;

/// <summary>Names of downloaded files: safe on every file system, with the workspace and the UTC time in them.</summary>
public static class ExportFiles
{
    /// <summary><paramref name="name"/> reduced to ASCII letters, digits, '-' and '_' (anything else becomes '_').</summary>
    public static string Safe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
    }

    /// <summary>{prefix}-{workspace}-{yyyyMMdd-HHmm}.{extension}, e.g. compare-sample-20261207-1930.pdf.</summary>
    public static string Name(string prefix, string workspace, DateTime utc, string extension) =>
        $"{prefix}-{Safe(workspace)}-{utc.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{extension}";
}
