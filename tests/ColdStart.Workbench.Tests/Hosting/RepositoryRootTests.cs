using ColdStart.Workbench.Hosting;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class RepositoryRootTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("coldstart-root-").FullName;

    [Fact]
    public void The_folder_holding_the_solution_is_found_from_a_nested_directory()
    {
        File.WriteAllText(Path.Combine(_root, RepositoryRoot.Marker), "");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "src", "ColdStart.Workbench", "bin")).FullName;

        Assert.Equal(_root, RepositoryRoot.Find(null, nested, "/"));
    }

    [Fact]
    public void The_base_directory_is_searched_when_the_current_directory_is_outside_the_repository()
    {
        File.WriteAllText(Path.Combine(_root, RepositoryRoot.Marker), "");
        var output = Directory.CreateDirectory(Path.Combine(_root, "bin", "Debug")).FullName;

        Assert.Equal(_root, RepositoryRoot.Find(null, "/", output));
    }

    [Fact]
    public void The_environment_override_wins_and_a_missing_folder_is_named()
    {
        Assert.Equal(_root, RepositoryRoot.Find(_root, "/", "/"));

        var error = Assert.Throws<DirectoryNotFoundException>(() => RepositoryRoot.Find("/no/such/folder", "/", "/"));
        Assert.Contains("COLDSTART_ROOT is set to '/no/such/folder'", error.Message);
    }

    [Fact]
    public void Without_a_solution_anywhere_the_current_directory_is_used()
    {
        Assert.Equal(_root, RepositoryRoot.Find(null, _root, _root));
    }

    [Fact]
    public void This_checkout_is_found_from_the_test_output_folder()
    {
        var root = RepositoryRoot.Find(null, AppContext.BaseDirectory, AppContext.BaseDirectory);

        Assert.True(File.Exists(Path.Combine(root, "appsettings.json")));
        Assert.True(Directory.Exists(Path.Combine(root, "wwwroot")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
