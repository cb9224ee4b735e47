using Kit.Analysis;
using Kit.Tests.Support;
using static Kit.Tests.Properties.TextGen;

namespace Kit.Tests.Properties;

/// <summary>
/// For any text of Arabic, marks, tatweel, presentation forms, both digit sets, Latin, punctuation, URLs, e-mail
/// addresses, zero-width and bidi controls and surrogate pairs (LuceneTextGen), the lucene profile gives Lucene.Net's
/// ArabicAnalyzer's terms with its offsets, but for one difference by design: a word that normalizes to nothing
/// (tatweel and marks only, ـــ), for which Lucene emits an empty term and the kit none.
/// </summary>
public class LucenePropertyTests
{
    [Fact]
    public void Lucene_profile_gives_lucene_nets_terms_and_offsets() =>
        Check(LuceneTextGen.Texts, text =>
        {
            var expected = LuceneNet.Analyze(text).Where(t => !LuceneConformance.IsEmptyTermByDesign(text, t)).ToList();
            var actual = LuceneAnalyzer.Default.Analyze(text);
            Assert.True(expected.SequenceEqual(actual), LuceneConformance.Difference(text, expected, actual));
        }, runs: 300);
}
