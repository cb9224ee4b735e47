using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Quotation marks after a colon hold speech, even when an agency's descriptor stands right before the colon (a name
/// in marks after وكالة would otherwise be skipped); sentences written for the test, read off by hand.
/// </summary>
public class MarksAfterColonTests
{
    [Theory]
    [InlineData("وقالت سامية نادر لوكالة الصحافة الفرنسية: «كل شيء تغير».", "كل شيء تغير")]
    [InlineData("وقال كريم الحلبي لصحيفة الأيام: \"لن نتراجع عن القرار\".", "لن نتراجع عن القرار")]
    public void Marks_after_a_colon_are_the_quote(string text, string quote)
    {
        var q = Assert.Single(QuoteExtractor.Default.Extract("t", text));
        Assert.Equal((quote, QuoteKind.Direct), (q.Text, q.Kind));
    }

    [Fact]
    public void A_name_in_marks_with_no_colon_is_still_a_name()
    {
        // وكالة الأنباء "سبأ" names the agency; the quote is what follows أن.
        var q = Assert.Single(QuoteExtractor.Default.Extract("t", "وذكرت وكالة الأنباء \"سبأ\" أن الطريق أغلق."));
        Assert.Equal("الطريق أغلق", q.Text);
    }
}
