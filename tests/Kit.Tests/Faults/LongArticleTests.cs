using System.Diagnostics;
using System.Text;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Faults;

/// <summary>
/// A whole article on one line: four times the text may take about four times as long, never sixteen. Each command
/// runs in-process on one article of the seeds' text, repeated on a single line, of 1 MB and then 4 MB (16 MB in the
/// slow run). Wall time on a shared machine moves (4 MB once took 10.4 times 1 MB's time beside a benchmark), so the bound
/// is generous: three times what linear time needs, still under what quadratic time takes. kit quotes (and the report, which holds the quotes) took 7.8 s on 4 MB and did not
/// end on 30 MB before the cue, pair and history look-ups became binary searches.
/// </summary>
[Collection(NotebookCollection.Name)]
public class LongArticleTests(ITestOutputHelper output)
{
    private static readonly string[] CommandNames = ["entities", "quotes", "cooccurrence", "tokenize", "report"];

    public static TheoryData<string> Commands => new(CommandNames);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Four_times_the_text_takes_at_most_twelve_times_as_long(string command) =>
        AssertLinear(command, command == "report" ? 250_000 : 1_000_000, 4); // the report does everything: a quarter of the text keeps it fast

    [SlowFact]
    [Trait("Category", "Slow")]
    public void Sixteen_times_the_text_takes_at_most_forty_eight_times_as_long()
    {
        foreach (var command in CommandNames) AssertLinear(command, 1_000_000, 16);
    }

    private void AssertLinear(string command, int bytes, int factor)
    {
        using var temp = new TempFolder();
        var small = OneLineArticle(temp, "small", bytes);
        var large = OneLineArticle(temp, "large", bytes * factor);
        Seconds(command, small, temp); // warm-up: the gazetteer, the verbs, the JIT
        // The fastest of a few runs: other work on the machine only ever adds time.
        double smallSeconds = Enumerable.Range(0, 3).Min(_ => Seconds(command, small, temp));
        double largeSeconds = Enumerable.Range(0, 2).Min(_ => Seconds(command, large, temp));
        output.WriteLine($"kit {command}: {bytes / 1e6:0.##} MB {smallSeconds:0.00} s, {bytes * factor / 1e6:0.##} MB {largeSeconds:0.00} s, ratio {largeSeconds / smallSeconds:0.0}");
        Assert.True(largeSeconds < 3 * factor * smallSeconds,
            $"kit {command}: {bytes / 1e6:0.##} MB in {smallSeconds:0.00} s, {bytes * factor / 1e6:0.##} MB in {largeSeconds:0.00} s: " +
            $"{largeSeconds / smallSeconds:0.0} times as long for {factor} times the text");
    }

    private static double Seconds(string command, string folder, TempFolder temp)
    {
        string[] args = command switch
        {
            "tokenize" => [command, Path.Combine(folder, "article.txt"), "--profile", "clitics"],
            "report" => [command, folder, "--out", Path.Combine(temp.Path, "report.html")],
            _ => [command, folder],
        };
        // Printed to nowhere: the time is the command's, not that of a test buffer growing to megabytes.
        var (stdout, stderr) = (Console.Out, Console.Error);
        var errors = new StringWriter();
        Console.SetOut(TextWriter.Null);
        Console.SetError(errors);
        try
        {
            var watch = Stopwatch.StartNew();
            int code = Kit.Cli.Program.Main(args);
            watch.Stop();
            Assert.True(code == 0, $"kit {string.Join(' ', args)}: exit {code}: {errors}");
            return watch.Elapsed.TotalSeconds;
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>A folder with one article: the seeds' text, line breaks made spaces, repeated to about this many bytes.</summary>
    public static string OneLineArticle(TempFolder temp, string name, int bytes)
    {
        string seeds = string.Join(' ', Seeds.Corpus.Select(d => d.Text.ReplaceLineEndings(" ")));
        int copies = bytes / Encoding.UTF8.GetByteCount(seeds + " ") + 1;
        var text = new StringBuilder(seeds.Length * copies + copies);
        for (int k = 0; k < copies; k++) text.Append(seeds).Append(' ');
        temp.File(Path.Combine(name, "article.txt"), text.ToString());
        return Path.Combine(temp.Path, name);
    }
}
