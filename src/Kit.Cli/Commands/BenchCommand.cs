using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kit.Analysis;
using Kit.Cooccurrence;
using Kit.Corpus;
using Kit.Files;
using Kit.Normalization;
using Kit.Reporting;
using Kit.Scale;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit bench FILE… [--repeat N] [--rounds R] [--stage a,b]</c>: speed of each stage over N passes of the files'
/// text, warm, in R rounds, one line per stage and round: "&lt;stage&gt; round=… tokens=… seconds=… tokens_per_s=…
/// MB_per_s=…". The text is built the way ../shared/oracle/lucene-arabic bench builds it (files joined by blank lines),
/// so the figures compare. Lucene.Net's ArabicAnalyzer (stage lucene-net) runs in the same process on the same text
/// as the kit's lucene profile; each round that runs both prints their ratio, and the last line the median, min and
/// max over the rounds. The pipeline stage runs exactly what kit report runs, on one core: each file as an article
/// through <see cref="AnalysisPipeline"/> into a CorpusReport's tallies, and the page written.
/// </summary>
internal static class BenchCommand
{
    public static IReadOnlyList<string> StageNames { get; } = ["normalize", "lucene", "lucene-net", "clitics", "pipeline"];

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "UTF-8 text files.", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat") { Description = "Passes over the text per stage and round.", DefaultValueFactory = _ => 200 };
        var rounds = new Option<int>("--rounds") { Description = "Rounds; each runs every chosen stage once more, warm.", DefaultValueFactory = _ => 5 };
        var stage = new Option<string?>("--stage") { Description = $"Stages to run, comma-separated: {string.Join(", ", StageNames)} (default: all)." };
        var command = new Command("bench", "Measure tokens/s and MB/s of the normalizer, the analyzer profiles and Lucene.Net's ArabicAnalyzer, side by side.") { files, repeat, rounds, stage };
        command.SetAction(parse => Friendly.Run(() =>
        {
            // Options first: a bad one is refused before any file is read.
            var stages = ParseStages(parse.GetValue(stage));
            int passes = AtLeastOne("--repeat", parse.GetValue(repeat));
            int roundCount = AtLeastOne("--rounds", parse.GetValue(rounds));
            var documents = parse.GetValue(files)!.Select(f => CorpusLoader.LoadFile(f)).ToList();
            foreach (var line in Run(documents, passes, roundCount, stages)) Console.WriteLine(line);
            return Friendly.Ok;
        }));
        return command;
    }

    public static IReadOnlyList<string> ParseStages(string? list)
    {
        if (list is null) return StageNames;
        var chosen = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (chosen.Count == 0) throw new KitInputException($"--stage: name at least one stage: {string.Join(", ", StageNames)}.");
        if (chosen.FirstOrDefault(s => !StageNames.Contains(s)) is { } unknown)
            throw new KitInputException($"--stage: no stage '{unknown}'; stages: {string.Join(", ", StageNames)}.");
        return StageNames.Where(chosen.Contains).ToList(); // always in the same order
    }

    private static int AtLeastOne(string option, int value) =>
        value >= 1 ? value : throw new KitInputException($"{option}: {value} is below 1; give a whole number of 1 or more.");

    public static IEnumerable<string> Run(IReadOnlyList<Document> documents, int repeat, int rounds = 1, IReadOnlyList<string>? stages = null)
    {
        if (repeat < 1) throw new ArgumentOutOfRangeException(nameof(repeat), repeat, "at least 1");
        if (rounds < 1) throw new ArgumentOutOfRangeException(nameof(rounds), rounds, "at least 1");
        stages ??= StageNames;
        var joined = new StringBuilder();
        foreach (var document in documents) joined.Append(document.Text).Append("\n\n");
        string text = joined.ToString();
        long bytes = Encoding.UTF8.GetByteCount(text);
        long documentBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var luceneNet = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        int words = stages.Contains("normalize") ? LuceneAnalyzer.Default.Analyze(text).Count : 0; // the normalizer's "tokens": the lucene profile's
        var all = new Dictionary<string, (long Bytes, Func<long> Pass)>
        {
            ["normalize"] = (bytes, () => { ArabicNormalizer.Standard.Normalize(text, collectExamples: false); return words; }),
            ["lucene"] = (bytes, () => { var sink = new CountingSink(); return LuceneAnalyzer.Default.Analyze(text.AsSpan(), ref sink); }),
            ["lucene-net"] = (bytes, () => LuceneNetPass(luceneNet, text)),
            ["clitics"] = (bytes, () => ArabicTermAnalyzer.Default.Analyze(text).Count),
            ["pipeline"] = (documentBytes, () => Pipeline(documents)),
        };
        foreach (var name in stages) WarmUp(all[name].Pass, repeat);

        var ratios = new List<double>();
        var medianRatios = new List<double>();
        bool pair = stages.Contains("lucene") && stages.Contains("lucene-net");
        for (int round = 1; round <= rounds; round++)
        {
            // The two analyzers take turns pass by pass, so a busy machine slows both alike and their ratio holds.
            double medianPassRatio = 0;
            var seconds = pair ? Interleaved(all["lucene"].Pass, all["lucene-net"].Pass, repeat, out medianPassRatio) : [];
            var tokens = new Dictionary<string, long>();
            foreach (var name in stages)
            {
                if (seconds.ContainsKey(name)) continue;
                var watch = Stopwatch.StartNew();
                long count = 0;
                for (int r = 0; r < repeat; r++) count += all[name].Pass();
                seconds[name] = watch.Elapsed.TotalSeconds;
                tokens[name] = count;
            }
            if (pair)
            {
                tokens["lucene"] = all["lucene"].Pass() * (long)repeat;
                tokens["lucene-net"] = all["lucene-net"].Pass() * (long)repeat;
            }
            foreach (var name in stages)
            {
                double elapsed = Math.Max(seconds[name], 1e-9); // a speed is never infinite or negative
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{name} round={round} tokens={tokens[name]} seconds={elapsed:0.000} tokens_per_s={tokens[name] / elapsed:0} MB_per_s={all[name].Bytes * (double)repeat / elapsed / 1e6:0.00}");
            }
            if (pair)
            {
                double ratio = seconds["lucene-net"] / Math.Max(seconds["lucene"], 1e-9);
                ratios.Add(ratio);
                medianRatios.Add(medianPassRatio);
                yield return string.Create(CultureInfo.InvariantCulture, $"ratio round={round} lucene/lucene-net={ratio:0.00}x median_pass={medianPassRatio:0.00}x");
            }
        }
        if (ratios.Count > 0)
            yield return string.Create(CultureInfo.InvariantCulture,
                $"ratio lucene/lucene-net median={Median(ratios):0.00}x min={ratios.Min():0.00}x max={ratios.Max():0.00}x rounds={ratios.Count} median_pass median={Median(medianRatios):0.00}x min={medianRatios.Min():0.00}x max={medianRatios.Max():0.00}x (kit's lucene profile speed over Lucene.Net's ArabicAnalyzer, same text, same process)");
    }

    // Seconds of each of two stages over repeat passes, alternating one pass of each.
    // Also the ratio of their median pass times: a pass the machine took away from us counts in the total, not there.
    private static Dictionary<string, double> Interleaved(Func<long> kit, Func<long> lucene, int repeat, out double medianPassRatio)
    {
        var kitTicks = new List<double>(repeat);
        var luceneTicks = new List<double>(repeat);
        for (int r = 0; r < repeat; r++)
        {
            long start = Stopwatch.GetTimestamp();
            kit();
            long middle = Stopwatch.GetTimestamp();
            lucene();
            kitTicks.Add(middle - start);
            luceneTicks.Add(Stopwatch.GetTimestamp() - middle);
        }
        medianPassRatio = Median(luceneTicks) / Math.Max(Median(kitTicks), 1);
        return new() { ["lucene"] = kitTicks.Sum() / Stopwatch.Frequency, ["lucene-net"] = luceneTicks.Sum() / Stopwatch.Frequency };
    }

    // Warm: the oracle's count of passes (3 × (repeat/10 + 1)) and at least a second, so the JIT's background
    // compiler has finished its work even on a busy machine; never more than five seconds after the first pass.
    private static void WarmUp(Func<long> pass, int repeat)
    {
        var watch = Stopwatch.StartNew();
        int least = 3 * (repeat / 10 + 1);
        for (int w = 0; w == 0 || (w < least || watch.Elapsed.TotalSeconds < 1) && watch.Elapsed.TotalSeconds < 5; w++) pass();
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>One pass of Lucene.Net's ArabicAnalyzer, consumed the documented way; returns the number of terms.</summary>
    private static long LuceneNetPass(ArabicAnalyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        long count = 0, touched = 0;
        while (stream.IncrementToken())
        {
            count++;
            touched += term.Length + offset.EndOffset; // read what a consumer reads, as the kit's sink below does
        }
        stream.End();
        return touched >= 0 ? count : -1;
    }

    /// <summary>
    /// Exactly what kit report runs, on one core: every article cleaned and analyzed by the bundled AnalysisPipeline
    /// (layers, mentions, quotes, terms), added to a CorpusReport (its tallies: documents, cleaning, terms, actors,
    /// co-occurrence, quotes) and the page written; returns the number of words.
    /// </summary>
    public static long Pipeline(IReadOnlyList<Document> documents)
    {
        long words = 0;
        var pipeline = AnalysisPipeline.Default;
        var report = new CorpusReport();
        foreach (var document in documents)
        {
            var analysis = pipeline.Analyze(pipeline.Clean(document), collectExamples: report.Documents < CorpusReport.ExampleDocuments);
            words += analysis.Words ?? 0;
            report.Add(analysis);
        }
        return report.ToHtml().Length > 0 ? words : -1;
    }

    private struct CountingSink : ITermSink
    {
        public long Touched;

        public void Add(ReadOnlySpan<char> term, int start, int end) => Touched += term.Length + end;
    }
}
