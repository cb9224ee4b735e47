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

    [Fact]
    public void A_body_name_in_quotation_marks_inside_a_title_is_no_quote_and_does_not_cut_the_speaker()
    {
        var quotes = All("وقالت الباحثة في مؤسسة \"نور للعلوم\" الحكومية سامية نادر إن الفريق سيقيس الحرارة في الآبار.");
        var q = Assert.Single(quotes);
        Assert.Contains("سامية نادر", q.SpeakerText);
        Assert.Contains("الفريق سيقيس", q.Text);
    }
}
