using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A past form of a reporting verb right after a preposition (إلى نقل الخبرة، على ذكر الحادثة) is a verbal noun and
/// reports nothing; sentences written for the test, read off by hand.
/// </summary>
public class VerbalNounAfterPrepositionTests
{
    [Fact]
    public void A_past_form_after_a_preposition_reports_nothing()
    {
        var quotes = QuoteExtractor.Default.Extract("t", "ويهدف البرنامج إلى نقل الخبيرة الإسبانية سامية نادر، التي عملت في المصنع سنوات، خبرتها إلى الفنيين.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_verb_after_a_connective_ending_in_a_noun_still_reports()
    {
        // في حين قال: حين, not في, stands before the verb.
        var quotes = QuoteExtractor.Default.Extract("t", "وقال سامي نادر إن العمل مستمر، في حين قال كريم الحلبي إن الخطة فشلت.");
        Assert.Equal(["العمل مستمر", "الخطة فشلت"], quotes.Select(q => q.Text));
    }
}
