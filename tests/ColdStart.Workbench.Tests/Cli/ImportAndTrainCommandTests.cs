using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Cli;

public class ImportAndTrainCommandTests
{
    [Theory]
    [InlineData(new string[0], "Missing --dataset")]
    [InlineData(new[] { "--frobnicate", "x" }, "Unknown option '--frobnicate'")]
    [InlineData(new[] { "--dataset" }, "Option --dataset needs a value")]
    [InlineData(new[] { "--dataset", "x", "--strong-rating", "high" }, "--strong-rating takes a number; 'high' is not one.")]
    [InlineData(new[] { "--dataset", "x", "--strong-rating", "3,5" }, "--strong-rating takes a number; '3,5' is not one.")]
    [InlineData(new[] { "--dataset=x", "--dataset", "y" }, "Option --dataset is given twice.")]
    [InlineData(new[] { "--dataset", "x", "--workspace", "<img src=x onerror=alert(1)>" }, "--workspace: The workspace name may hold letters, digits, spaces, '-', '_' and '.', not '<'.")]
    [InlineData(new[] { "--dataset", "x", "--workspace", "../../x" }, "--workspace: The workspace name may hold letters, digits, spaces, '-', '_' and '.', not '/'.")]
    public async Task Import_argument_errors_exit_2_with_a_message(string[] args, string message)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(["import", .. args]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("import: " + message, stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task A_workspace_name_of_5000_characters_is_refused_as_the_web_form_refuses_it()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(["import", "--dataset", "x", "--workspace", new string('a', 5000)]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("import: --workspace: " + ColdStart.Workbench.Datasets.WorkspaceNames.Problem(new string('a', 5000)), stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Import_into_an_existing_empty_workspace_is_refused_and_adds_nothing()
    {
        using var database = new ColdStart.Tests.Shared.TempDatabase();
        await database.Startup.PrepareAsync();
        await using (var db = database.CreateContext())
        {
            db.Workspaces.Add(new ColdStart.Data.Entities.WorkspaceEntity { Name = "empty", Kind = "csv", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var folder = Directory.CreateTempSubdirectory("coldstart-import-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "items.csv"), "id,title\n1,A\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "users.csv"), "id\nu1\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "events.csv"), "user_id,item_id,type,timestamp\nu1,1,view,1700000000\n");

            var (exit, stdout, stderr) = await CliRun.RunAsync(["import", "--dataset", folder, "--workspace", "empty"], database.Configuration);

            Assert.Equal(1, exit);
            Assert.Contains("A workspace named 'empty' already exists", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Stored", stdout, StringComparison.Ordinal);
            await using var check = database.CreateContext();
            Assert.Equal(0, check.Items.Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Malformed_files_import_nothing_and_list_every_error_by_line()
    {
        var folder = Directory.CreateTempSubdirectory("coldstart-import-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "items.csv"), "id,title\n1,A\n1,B\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "users.csv"), "id\nu1\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "events.csv"), "user_id,item_id,type,timestamp\nu1,9,view,notatime\n");
            var (exit, stdout, stderr) = await CliRun.RunAsync(["import", "--dataset", folder]);

            Assert.Equal(1, exit);
            Assert.Contains("nothing was imported", stderr);
            Assert.Contains("items.csv:3:", stderr);
            Assert.Contains("events.csv:2:", stderr);
            Assert.DoesNotContain("Stored", stdout);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "--epochs", "zero" }, "--epochs takes a whole number; 'zero' is not one.")]
    [InlineData(new[] { "--epochs=0" }, "--epochs must be at least 1 (got 0).")]
    [InlineData(new[] { "--colour", "red" }, "Unknown option '--colour'")]
    [InlineData(new[] { "--seed", "1", "--seed=2" }, "Option --seed is given twice.")]
    [InlineData(new[] { "--out" }, "Option --out needs a value.")]
    [InlineData(new[] { "--adapter", "bert" }, "--adapter must name a pretrained encoder (minilm, arctic-xs), got 'bert'.")]
    public async Task Train_argument_errors_exit_2_with_a_message(string[] args, string message)
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(["train", .. args]);
        Assert.Equal(CommandLine.UsageExitCode, code);
        Assert.Contains("train: " + message, stderr);
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Train_on_a_missing_folder_fails_naming_it()
    {
        var (code, _, stderr) = await CliRun.RunAsync(["train", "--dataset", "/no/such/folder"]);
        Assert.Equal(1, code);
        Assert.Contains("/no/such/folder", stderr);
    }
}
