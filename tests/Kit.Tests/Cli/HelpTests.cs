using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Cli;

/// <summary>The command calls itself kit in its own help, whatever the executable is called.</summary>
[Collection(NotebookCollection.Name)] // the console is global
public class HelpTests
{
    [Theory]
    [InlineData("--help", "kit [command] [options]")]
    [InlineData("release --help", "kit release [options]")]
    public void The_usage_line_says_kit(string args, string usage)
    {
        var result = KitCommand.Run(args.Split(' '));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"Usage:{Environment.NewLine}  {usage}", result.Out);
        Assert.DoesNotContain("Kit.Cli", result.Out);
    }
}
