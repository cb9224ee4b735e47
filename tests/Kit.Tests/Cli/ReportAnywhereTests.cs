using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Cli;

/// <summary>The built command, copied out of the repository, reports on a folder out of the repository: it needs nothing of the repo.</summary>
public class ReportAnywhereTests
{
    [Fact]
    public void Kit_report_runs_from_a_copy_of_the_command_outside_the_repository()
    {
        // The command as built: src/Kit.Cli/bin/<configuration>/net10.0, the configuration the tests were built in.
        string testBin = Path.GetDirectoryName(typeof(Kit.Cli.Program).Assembly.Location)!;
        string configuration = Path.GetFileName(Path.GetDirectoryName(testBin)!);
        string built = Path.Combine(KitPaths.Root, "src", "Kit.Cli", "bin", configuration, Path.GetFileName(testBin));
        Assert.True(File.Exists(Path.Combine(built, "Kit.Cli.dll")), $"{built}: the command is not built");

        using var temp = new TempFolder();
        string tool = Path.Combine(temp.Path, "tools", "kit");
        foreach (var file in Directory.GetFiles(built, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(tool, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        foreach (var article in Directory.GetFiles(KitPaths.Seeds, "*.txt"))
            temp.File(Path.Combine("corpus", Path.GetFileName(article)), File.ReadAllText(article));

        var run = ChildProcess.Run("dotnet", [Path.Combine(tool, "Kit.Cli.dll"), "report", "corpus", "--out", "r.html"], temp.Path,
            new Dictionary<string, string?> { ["KIT_ROOT"] = null, ["KIT_PLOTLY_JS"] = null });
        Assert.True(run.ExitCode == 0, run.Stderr);
        string html = File.ReadAllText(Path.Combine(temp.Path, "r.html"));
        Assert.Contains("id=\"quotes\"", html);
        Assert.DoesNotContain("Cannot find the kit", run.Stderr);
    }
}
