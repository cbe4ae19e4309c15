namespace ColdStart.Workbench.Hosting;

/// <summary>
/// Finds the repository root (the folder holding <see cref="Marker"/>), which is the web host's content root so the
/// top-level appsettings.json, wwwroot/ and models/ are used. Order: the <see cref="EnvironmentVariable"/> override,
/// then upwards from the current directory, then upwards from the app's base directory; else the current directory.
/// </summary>
public static class RepositoryRoot
{
    public const string EnvironmentVariable = "COLDSTART_ROOT";
    public const string Marker = "ColdStart.Workbench.sln";

    public static string Find() =>
        Find(Environment.GetEnvironmentVariable(EnvironmentVariable), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    internal static string Find(string? overridePath, string currentDirectory, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            var full = Path.GetFullPath(overridePath);
            return Directory.Exists(full)
                ? full
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} is set to '{overridePath}', which is not an existing folder.");
        }
        return SearchUpwards(currentDirectory) ?? SearchUpwards(baseDirectory) ?? Path.GetFullPath(currentDirectory);
    }

    private static string? SearchUpwards(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker))) return folder.FullName;
        }
        return null;
    }
}
