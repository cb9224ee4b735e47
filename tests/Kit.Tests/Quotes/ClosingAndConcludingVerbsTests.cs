using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes7: ختم and اختتم with a colon and quotation marks (وختمت: «…») and رد with its subject before بأن report
/// speech; ختم as the noun "seal" and بين before a definite word and بأن report nothing; sentences written for the test.
/// </summary>
public class ClosingAndConcludingVerbsTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Fact]
    public void Khatama_with_a_colon_and_marks_closes_the_speakers_words()
    {
        var qs = All("وقالت سامية نادر إن الإضراب مستمر. وختمت: «لن نعود قبل أن نأخذ حقوقنا».");
        Assert.Equal(2, qs.Count);
        Assert.Contains("لن نعود", qs[^1].Text);
        Assert.Contains("نادر", qs[^1].SpeakerText);
    }

    [Fact]
    public void Raddat_with_its_subject_before_bi_anna_reports_a_reply()
    {
        var qs = All("واتهم رئيس البلدية سامية نادر بالمبالغة. وردت نادر بأن الحافلات الليلية بلا حراسة.");
        Assert.Single(qs);
        Assert.Contains("الحافلات الليلية", qs[0].Text);
        Assert.Contains("نادر", qs[0].SpeakerText);
    }

    [Theory]
    [InlineData("ووضع الموظف الختم على الوثيقة ثم غادر.")]
    [InlineData("وتريد البلدية أن تتخلص من النفايات قبل الصيف.")]
    [InlineData("وجلس بين الناس بأن يستمع إليهم.")]
    public void A_seal_or_getting_rid_of_something_reports_nothing(string text) => Assert.Empty(All(text));
}
