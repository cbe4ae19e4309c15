using ColdStart.Workbench.Cli;

namespace ColdStart.Workbench.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_exits_with_2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync(["frobnicate"], output, error);

        Assert.Equal(2, code);
        Assert.StartsWith("Unknown verb 'frobnicate'.", error.ToString());
        Assert.Contains("serve", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task Help_lists_the_verbs_and_exits_with_0(string argument)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CommandLine.RunAsync([argument], output, error);

        Assert.Equal(0, code);
        Assert.Contains("Usage: ColdStart.Workbench [verb] [options]", output.ToString());
        Assert.Contains("serve    Run the web workbench (default).", output.ToString());
    }
}
