using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// لكن X أكد أن: one word before the verb that no dictionary knows, written earlier in the article after another word, is a
/// surname called back (branch quotes4). Sentences written for the test; the names are invented.
/// </summary>
public class SurnameCalledBackTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Theory]
    [InlineData("ودعا الباحث في جامعة المدينة تاكيرو موراشيما إلى الصبر. لكن موراشيما اعتبر أن النتائج مشجعة.")]
    [InlineData("وأوضح المهندس في الميناء غيبري تسفاي أن الرافعات لم تصل. لكن تسفاي أكد أن الحركة عادت.")]
    public void A_surname_written_before_is_the_subject(string text)
    {
        var q = All(text)[^1];
        Assert.True(q.SpeakerText is "موراشيما" or "تسفاي", q.SpeakerText);
        Assert.True(q.Text.StartsWith("النتائج", StringComparison.Ordinal) || q.Text.StartsWith("الحركة", StringComparison.Ordinal), q.Text);
    }

    [Theory]
    // A word the dictionary knows (تقارير) is no surname: the clause still blocks its verb.
    [InlineData("وقال سامي نادر إن العمل بدأ. لكن تقارير أكدت أن العمل توقف.")]
    // A word not written before in the article is no surname called back.
    [InlineData("وقال سامي نادر إن العمل بدأ. لكن موراشيما اعتبر أن النتائج مشجعة.")]
    public void Otherwise_the_clause_still_blocks_its_verb(string text)
    {
        Assert.Single(All(text));
    }
}
