namespace ColdStart.Data.Tests.Import;

/// <summary>
/// A fact about a real dataset under shared/datasets: skipped (reported as skipped, with the reason) when the
/// dataset cannot be found. The folder comes from COLDSTART_DATASETS, or from walking up from the test's base
/// directory to a folder holding shared/datasets/&lt;name&gt;.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatasetFactAttribute : FactAttribute
{
    public DatasetFactAttribute(string dataset)
    {
        Dataset = dataset;
        if (Locate(dataset) is null)
            Skip = $"Dataset '{dataset}' not found: set COLDSTART_DATASETS or place it under shared/datasets above {AppContext.BaseDirectory}.";
    }

    public string Dataset { get; }

    /// <summary>The dataset's folder, or null when absent.</summary>
    public static string? Locate(string dataset)
    {
        var root = Environment.GetEnvironmentVariable("COLDSTART_DATASETS");
        if (!string.IsNullOrEmpty(root)) return Directory.Exists(Path.Combine(root, dataset)) ? Path.Combine(root, dataset) : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", dataset);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
