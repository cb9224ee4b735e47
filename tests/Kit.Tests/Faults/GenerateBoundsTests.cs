using System.Text;
using Kit.Scale;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Faults;

/// <summary>
/// kit generate took --size 9223372036854775807 and filled 21 GB; a Ctrl+C (or a full disk) left a 0-byte article.
/// Now a size is bounded (100 GB) and checked against the free space first, with one line; each article is written
/// whole or not at all, and a signal stops the command between articles, exit 130.
/// </summary>
[Collection(NotebookCollection.Name)]
public class GenerateBoundsTests
{
    [Theory]
    [InlineData("9223372036854775807", "kit: --size 9223372036854775807: more than the 100 GB kit generate writes; ask for less (10MB, 1GB).")]
    [InlineData("101GB", "kit: --size 101GB: more than the 100 GB kit generate writes; ask for less (10MB, 1GB).")]
    public void A_size_beyond_the_bound_is_one_line_and_writes_nothing(string size, string line)
    {
        using var temp = new TempFolder();
        string target = Path.Combine(temp.Path, "generated");
        var result = RunBounded(temp, "generate", "--size", size, "--out", target);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(line, result.Stderr.TrimEnd('\n'));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void More_than_the_free_space_is_one_line()
    {
        using var temp = new TempFolder();
        long free = Kit.Cli.Commands.DiskSpace.FreeBytes(temp.Path)!.Value;
        var error = Assert.Throws<IOException>(() => Kit.Cli.Commands.DiskSpace.Require(temp.Path, free + 1_000_000_000, "--size 9GB"));
        Assert.Matches(@"^--size 9GB needs about [\d.]+ GB on disk, and .* has [\d.]+ GB free; ask for less or free some space\.$", error.Message);
        Kit.Cli.Commands.DiskSpace.Require(temp.Path, 1_000, "--size 1KB"); // what fits passes
    }

    [Fact]
    public void The_largest_size_on_a_smaller_disk_is_one_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string target = Path.Combine(temp.Path, "generated");
        // 100 GB take about 150 GB on disk; a disk with that much free cannot show the refusal (More_than_the_free_space_is_one_line does).
        if (Kit.Cli.Commands.DiskSpace.FreeBytes(temp.Path) >= Kit.Cli.Commands.GenerateCommand.DiskBytes(100_000_000_000)) return;
        var result = RunBounded(temp, "generate", "--size", "100GB", "--out", target);
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"^kit: --size 100GB needs about [\d.]+ GB on disk, and .*generated has [\d.]+ GB free; ask for less or free some space\.$", result.Stderr.TrimEnd('\n'));
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public void A_signal_stops_between_articles_and_leaves_only_whole_ones()
    {
        using var temp = new TempFolder();
        string target = Path.Combine(temp.Path, "generated");
        var (signal, exitCode) = SignalChild.Interrupt;
        using var child = new SignalChild(temp.Path, "generate", "--size", "500MB", "--out", target);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!child.HasExited && (!Directory.Exists(target) || Directory.GetFiles(target).Length < 100) && waited.Elapsed < TimeSpan.FromSeconds(60))
            Thread.Sleep(20);
        child.Send(signal);
        var (code, stdout, stderr) = child.Wait(TimeSpan.FromSeconds(60));

        Assert.Equal(exitCode, code);
        Assert.Equal("", stdout);
        Assert.Equal($"kit: interrupted; the articles in {target} are whole, the one being made was not written.", stderr.TrimEnd('\n'));
        var files = Directory.GetFiles(target).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 100, $"{files.Count} files");
        var generator = CorpusGenerator.FromSeeds();
        for (int i = 0; i < files.Count; i++)
        {
            Assert.Equal(CorpusGenerator.FileName(i), files[i]); // no temporary file, no gap
            Assert.Equal(Encoding.UTF8.GetBytes(generator.Article(1, i)), File.ReadAllBytes(Path.Combine(target, files[i])));
        }
    }

    // The old kit took any size and kept writing: stopped after a while, so that this test fails instead of filling the disk.
    private static ChildProcess.Result RunBounded(TempFolder temp, params string[] args)
    {
        using var child = new SignalChild(temp.Path, args);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!child.HasExited && waited.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(20);
        if (!child.HasExited) child.Send("KILL");
        var (code, stdout, stderr) = child.Wait(TimeSpan.FromSeconds(30));
        return new ChildProcess.Result(code, stdout, stderr);
    }
}
