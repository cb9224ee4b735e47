using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>Branch quotes6: what keeps a quote out; sentences written for the test.</summary>
public class ImpersonalAndTitleMarksTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Theory]
    [InlineData("وقال كريم الحلبي إن العمل بدأ. ويتوقع أن ينتهي المشروع في الصيف المقبل.")]
    [InlineData("وقال كريم الحلبي إن العمل بدأ. ويعتقد أن المدينة كانت مأهولة قبل ألف عام.")]
    public void An_impersonal_expectation_is_no_quote(string text)
    {
        var quotes = All(text);
        Assert.Single(quotes);
        Assert.Contains("العمل بدأ", quotes[0].Text);
    }

    [Fact]
    public void An_expectation_with_its_subject_is_a_quote()
    {
        var q = All("ويتوقع الخبير كريم الحلبي أن ينتهي المشروع في الصيف المقبل.").Single();
        Assert.Contains("الحلبي", q.SpeakerText);
    }
}
