using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kit.Analysis;
using Kit.Cooccurrence;
using Kit.Corpus;
using Kit.Normalization;
using Kit.Scale;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit bench FILE… [--repeat N]</c>: speed of each stage over repeated passes of the files' text, after a warm-up,
/// one line per stage: "&lt;stage&gt; tokens_per_s=&lt;n&gt; MB_per_s=&lt;n&gt;". The text is built the way
/// ../shared/oracle/lucene-arabic bench builds it (files joined by blank lines), so the figures compare. The
/// pipeline stage runs each file as an article through <see cref="ArticlePipeline"/> and the corpus-wide tallies,
/// on one core.
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
            var documents = parse.GetValue(files)!.Select(f => CorpusLoader.LoadFile(f)).ToList();
            foreach (var line in Run(documents, parse.GetValue(repeat))) Console.WriteLine(line);
            return Friendly.Ok;
        }));
        return command;
    }

    public static IEnumerable<string> Run(IReadOnlyList<Document> documents, int repeat)
    {
        var joined = new StringBuilder();
        foreach (var document in documents) joined.Append(document.Text).Append("\n\n");
        string text = joined.ToString();
        long bytes = Encoding.UTF8.GetByteCount(text);
        long documentBytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        int words = LuceneAnalyzer.Default.Analyze(text).Count;
        var stages = new (string Name, long Bytes, Func<long> Pass)[]
        {
            ("normalize", bytes, () => { ArabicNormalizer.Kit.Normalize(text, collectExamples: false); return words; }),
            ("lucene", bytes, () => { var sink = new CountingSink(); return LuceneAnalyzer.Default.Analyze(text.AsSpan(), ref sink); }),
            ("kit", bytes, () => KitAnalyzer.Default.Analyze(text).Count),
            ("pipeline", documentBytes, () => Pipeline(documents)),
        };
        foreach (var (name, stageBytes, pass) in stages)
        {
            for (int w = 0; w < 3; w++)
                for (int r = 0; r < repeat / 10 + 1; r++) pass(); // warm-up, as the oracle does
            long tokens = 0;
            var watch = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++) tokens += pass();
            double seconds = watch.Elapsed.TotalSeconds;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{name} tokens={tokens} seconds={seconds:0.000} tokens_per_s={tokens / seconds:0} MB_per_s={stageBytes * (double)repeat / seconds / 1e6:0.00}");
        }
    }

    /// <summary>
    /// Every article through the pipeline (clean, normalize, tokens, mentions, quotes), then the corpus-wide tallies
    /// (mentions per actor, speakers, co-occurrence in sentences); returns the number of tokens.
    /// </summary>
    public static long Pipeline(IReadOnlyList<Document> documents)
    {
        long tokens = 0;
        var actors = new Dictionary<string, int>(StringComparer.Ordinal);
        var cooccurrence = new CooccurrenceCounter(CooccurrenceOptions.Default, ArticlePipeline.Default.Finder.Gazetteer);
        foreach (var document in documents)
        {
            var article = ArticlePipeline.Default.Analyze(document);
            tokens += article.Tokens.Count;
            foreach (var mention in article.Mentions)
                actors[mention.Actor] = actors.GetValueOrDefault(mention.Actor) + 1;
            cooccurrence.Add(article.Document, article.Mentions);
            foreach (var quote in article.Quotes)
                if (quote.Actor is { } speaker) actors[speaker] = actors.GetValueOrDefault(speaker);
        }
        cooccurrence.Finish();
        return tokens;
    }

    private struct CountingSink : ITermSink
    {
        public void Add(ReadOnlySpan<char> term, int start, int end) { }
    }
}
