using ColdStart.Workbench.Tests.Cli;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_exits_with_2()
    {
        var (code, output, error) = await CliRun.RunAsync(["frobnicate"]);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown verb 'frobnicate'.", error);
        Assert.Contains("serve", error);
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_the_verbs_and_exits_with_0(string argument)
    {
        var (code, output, _) = await CliRun.RunAsync([argument]);

        Assert.Equal(0, code);
        Assert.Contains("ColdStart.Workbench [command] [options]", output);
        foreach (var verb in new[] { "serve", "train", "import", "eval", "help" }) Assert.Contains($"  {verb} ", output);
        Assert.Contains("Run the web workbench (default).", output);
    }
}
