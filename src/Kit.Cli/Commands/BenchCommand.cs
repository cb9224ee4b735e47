using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kit.Analysis;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit bench FILE… [--repeat N]</c>: speed of each stage over repeated passes of the files' text, after a warm-up,
/// one line per stage: "&lt;stage&gt; tokens_per_s=&lt;n&gt; MB_per_s=&lt;n&gt;". The text is built the way
/// ../shared/oracle/lucene-arabic bench builds it (files joined by blank lines), so the figures compare.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "UTF-8 text files.", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the text per stage.", DefaultValueFactory = _ => 200 };
        var command = new Command("bench", "Measure tokens/s and MB/s of the normalizer and the analyzer profiles.") { files, repeat };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var text = new StringBuilder();
            foreach (var file in parse.GetValue(files)!) text.Append(TextFiles.ReadUtf8(file)).Append("\n\n");
            foreach (var line in Run(text.ToString(), parse.GetValue(repeat))) Console.WriteLine(line);
            return Friendly.Ok;
        }));
        return command;
    }

    public static IEnumerable<string> Run(string text, int repeat)
    {
        long bytes = Encoding.UTF8.GetByteCount(text);
        int words = LuceneAnalyzer.Default.Analyze(text).Count;
        var stages = new (string Name, Func<string, long> Pass)[]
        {
            ("normalize", t => { ArabicNormalizer.Kit.Normalize(t, collectExamples: false); return words; }),
            ("lucene", t => { var sink = new CountingSink(); return LuceneAnalyzer.Default.Analyze(t.AsSpan(), ref sink); }),
            ("kit", t => KitAnalyzer.Default.Analyze(t).Count),
        };
        foreach (var (name, pass) in stages)
        {
            for (int w = 0; w < 3; w++)
                for (int r = 0; r < repeat / 10 + 1; r++) pass(text); // warm-up, as the oracle does
            long tokens = 0;
            var watch = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++) tokens += pass(text);
            double seconds = watch.Elapsed.TotalSeconds;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{name} tokens={tokens} seconds={seconds:0.000} tokens_per_s={tokens / seconds:0} MB_per_s={bytes * (double)repeat / seconds / 1e6:0.00}");
        }
    }

    private struct CountingSink : ITermSink
    {
        public void Add(ReadOnlySpan<char> term, int start, int end) { }
    }
}
