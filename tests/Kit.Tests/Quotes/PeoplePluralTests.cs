using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A sound masculine plural (المزارعون، الممرضون) is of people: a singular verb's implicit subject never points back to it
/// (that would be وأضافوا), though a broken plural of things may take وأضافت. Sentences written for the test.
/// </summary>
public class PeoplePluralTests
{
    [Fact]
    public void A_feminine_implicit_subject_skips_a_sound_masculine_plural_for_the_woman_before_it()
    {
        var quotes = QuoteExtractor.Default.Extract("t",
            "قالت الطبيبة سلمى حداد إن المرضى كثيرون هذا الشتاء. ويتوقع الممرضون أن يزيد عدد الحالات، وأضافت أن المستشفى لا يتسع لهم.");
        var added = quotes.Single(q => q.Verb.EndsWith("أضافت", StringComparison.Ordinal));
        Assert.Equal("الطبيبة سلمى حداد", added.SpeakerText);
    }

    [Fact]
    public void A_feminine_implicit_subject_with_only_a_sound_masculine_plural_before_it_stays_empty()
    {
        var quotes = QuoteExtractor.Default.Extract("t",
            "يتوقع المزارعون محصولا كبيرا هذا العام بعد أمطار غزيرة. وقالت إن الأجور لا تكفي لشراء الخبز.");
        var said = quotes.Single(q => q.Verb.EndsWith("قالت", StringComparison.Ordinal));
        Assert.Null(said.Speaker);
    }

    [Fact]
    public void A_plural_verb_still_points_back_to_the_sound_masculine_plural()
    {
        var quotes = QuoteExtractor.Default.Extract("t",
            "وقال المزارعون إن المحصول كبير هذا العام. وأضافوا أن الأسعار منخفضة جدا.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("المزارعون", quotes[1].SpeakerText);
    }
}
