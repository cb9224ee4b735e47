using Kit.Actors;
using Kit.Cleaning;
using Kit.Corpus;
using Kit.Diagnostics;
using Kit.Reporting;
using Kit.Tests.Support;

namespace Kit.Tests.Layers;

/// <summary>
/// Issue 16: a document is analyzed once. The counters are incremented where the passes happen (WordBreaker at the
/// start of a text, SentenceSplitter, ArabicNormalizer per profile), so they see any stage that made its own.
/// </summary>
public class PassCounterTests
{
    [Fact]
    public void The_pipeline_breaks_words_once_splits_sentences_once_and_normalizes_each_profile_at_most_once()
    {
        AnalysisPipeline.Default.Analyze(Cleaner.Default.Clean(Seeds.Corpus.First())); // data files loaded before counting
        foreach (var document in Seeds.Corpus)
        {
            var cleaned = Cleaner.Default.Clean(document);
            PassCounter.Reset();
            var analysis = AnalysisPipeline.Default.Analyze(cleaned, collectExamples: true);
            Assert.NotEmpty(analysis.Mentions);
            Assert.Equal(1, PassCounter.WordBreaks);
            Assert.Equal(1, PassCounter.SentenceSplits);
            Assert.All(PassCounter.Normalizations, p => Assert.True(p.Value <= 1, $"{document.Id}: profile {p.Key} applied {p.Value} times"));
        }
    }

    [Fact]
    public void The_counters_see_a_stage_that_makes_its_own_passes()
    {
        var cleaned = Cleaner.Default.Clean(Seeds.Corpus.First());
        MentionFinder.Default.Find(cleaned);
        PassCounter.Reset();
        MentionFinder.Default.Find(cleaned); // the notebook shorthand: normalizes, breaks and splits the text itself
        Kit.Quotes.QuoteExtractor.Default.Extract(cleaned); // and again, with its own mentions
        Assert.True(PassCounter.WordBreaks >= 3, $"{PassCounter.WordBreaks} word-breaking passes");
        Assert.True(PassCounter.SentenceSplits >= 2, $"{PassCounter.SentenceSplits} sentence splits");
        Assert.Contains(PassCounter.Normalizations, p => p.Value >= 2);
    }
}
