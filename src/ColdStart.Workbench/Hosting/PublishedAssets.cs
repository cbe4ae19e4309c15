using Microsoft.Extensions.FileProviders;

namespace ColdStart.Workbench.Hosting;

/// <summary>
/// Blazor's script, MudBlazor's assets and the scoped CSS are "static web assets": under <c>dotnet run</c> (Development)
/// ASP.NET Core maps them from the build manifest, but in any other environment it serves them from the web root only,
/// where <c>dotnet publish</c> puts them. This finds the published web root next to the app and checks at start that the
/// assets resolve, so plain build output started in Production says so in one line instead of serving a dead UI.
/// </summary>
public static class PublishedAssets
{
    /// <summary>Files every page loads; each must resolve in the web root outside Development.</summary>
    public static readonly IReadOnlyList<string> Required = ["_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js"];

    /// <summary>The required files that <paramref name="webRoot"/> cannot resolve (empty when all are there).</summary>
    public static IReadOnlyList<string> Missing(IFileProvider webRoot)
    {
        ArgumentNullException.ThrowIfNull(webRoot);
        return [.. Required.Where(path => !webRoot.GetFileInfo(path).Exists)];
    }

    /// <summary>The one error line for <paramref name="missing"/> files.</summary>
    public static string Message(IReadOnlyList<string> missing, string environmentName) =>
        $"The web UI cannot load in {environmentName}: {string.Join(", ", missing)} not found in the web root. "
        + "This is plain build output, whose static web assets are served in Development only. "
        + "Publish it and run the published app: dotnet publish src/ColdStart.Workbench -c Release -o out, then start out/ColdStart.Workbench "
        + "(or use ASPNETCORE_ENVIRONMENT=Development for a local run).";

    /// <summary>
    /// Adds the published web root (<c>wwwroot</c> next to the app's binaries, written by <c>dotnet publish</c>) behind the
    /// repository's <c>wwwroot</c>, so a published app started in a clone serves both; then, outside Development, logs
    /// <see cref="Message"/> when required assets are missing. Returns the missing files.
    /// </summary>
    public static IReadOnlyList<string> Check(WebApplication app) => Check(app, AppContext.BaseDirectory);

    internal static IReadOnlyList<string> Check(WebApplication app, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(app);
        var environment = app.Environment;
        var published = Path.Combine(baseDirectory, "wwwroot");
        if (Directory.Exists(published) && !SameFolder(published, environment.WebRootPath))
        {
            environment.WebRootFileProvider = new CompositeFileProvider(environment.WebRootFileProvider, new PhysicalFileProvider(published));
        }
        if (environment.IsDevelopment()) return [];
        var missing = Missing(environment.WebRootFileProvider);
        if (missing.Count > 0) app.Logger.LogError("{Problem}", Message(missing, environment.EnvironmentName));
        return missing;
    }

    private static bool SameFolder(string a, string? b) =>
        b is not null && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
