using System.Diagnostics;
using System.Text;
using Kit.Corpus;
using Kit.Reporting;
using Kit.Scale;
using Xunit.Abstractions;

namespace Kit.Tests.Scale;

/// <summary>
/// One long article (generated articles joined into one document) goes through the pipeline in time proportional to
/// its length. Before the fix, four times the text took ten to fifteen times as long (10.3 here in a Debug build; the
/// fixed code 1.6–3.2): quotes scanned every cue, quotation pair and quote per verb, and one 11 MB article took a minute.
/// A ratio of two sizes, not an absolute time: the check holds on a slow or busy machine.
/// </summary>
[Collection(RunAloneCollection.Name)]
public class LongArticleTests(ITestOutputHelper output)
{
    private static Document OneArticle(int chars)
    {
        var generator = CorpusGenerator.FromSeeds();
        var text = new StringBuilder(chars + 20_000);
        for (int i = 0; text.Length < chars; i++) text.Append(generator.Article(1, i)).Append("\n\n");
        return new Document("long", text.ToString());
    }

    // The fastest of a few runs: a busy machine only ever makes a run slower.
    private static double FastestSeconds(Document document, int runs)
    {
        double best = double.MaxValue;
        for (int r = 0; r < runs; r++)
        {
            var watch = Stopwatch.StartNew();
            var article = AnalysisPipeline.Default.Analyze(AnalysisPipeline.Default.Clean(document));
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            Assert.NotEmpty(article.Quotes!);
        }
        return best;
    }

    [Fact]
    public void Four_times_the_article_takes_at_most_about_four_times_as_long()
    {
        var small = OneArticle(600_000);   // about 1 MB of UTF-8
        var large = OneArticle(2_400_000); // about 4 MB
        FastestSeconds(small, 1); // warm-up: JIT and the per-thread word memories
        double smallSeconds = FastestSeconds(small, 3);
        double largeSeconds = FastestSeconds(large, 4); // more runs than the small one: a collection of its larger heap lands in some
        double ratio = largeSeconds / smallSeconds;
        output.WriteLine($"pipeline on one article: {small.Text.Length:N0} chars {smallSeconds:0.000} s, {large.Text.Length:N0} chars {largeSeconds:0.000} s, ratio {ratio:0.0} (linear: 4)");
        Assert.True(ratio < 7, $"4× the text took {ratio:0.0}× the time ({smallSeconds:0.000} s → {largeSeconds:0.000} s): something is quadratic per document");
    }
}
