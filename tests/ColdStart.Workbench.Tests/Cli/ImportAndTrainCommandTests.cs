using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Cli;

public class ImportAndTrainCommandTests
{
    [Theory]
    [InlineData(new string[0], "--dataset is required")]
    [InlineData(new[] { "--frobnicate", "x" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "--dataset" }, "option --dataset needs a value")]
    [InlineData(new[] { "--dataset", "x", "--strong-rating", "high" }, "--strong-rating must be a number")]
    public async Task Import_argument_errors_exit_2_with_a_message(string[] args, string message)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(CommandLine.UsageExitCode, await ImportCommand.RunAsync(args, stdout, stderr));
        Assert.Contains(message, stderr.ToString());
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
            var (stdout, stderr) = (new StringWriter(), new StringWriter());

            int exit = await ImportCommand.RunAsync(["--dataset", folder], stdout, stderr);

            Assert.Equal(1, exit);
            Assert.Contains("nothing was imported", stderr.ToString());
            Assert.Contains("items.csv:3:", stderr.ToString());
            Assert.Contains("events.csv:2:", stderr.ToString());
            Assert.DoesNotContain("Stored", stdout.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(new[] { "--epochs", "zero" }, "--epochs must be a whole number")]
    [InlineData(new[] { "--colour", "red" }, "unknown option '--colour'")]
    public void Train_argument_errors_exit_2_with_a_message(string[] args, string message)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(CommandLine.UsageExitCode, TrainCommand.Run(args, stdout, stderr));
        Assert.Contains(message, stderr.ToString());
    }

    [Fact]
    public void Train_on_a_missing_folder_fails_naming_it()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, TrainCommand.Run(["--dataset", "/no/such/folder"], stdout, stderr));
        Assert.Contains("/no/such/folder", stderr.ToString());
    }
}
