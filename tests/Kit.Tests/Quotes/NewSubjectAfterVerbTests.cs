using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>Branch quotes6: a new subject right after a continuation verb takes the quote; sentences written for the test.</summary>
public class NewSubjectAfterVerbTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void A_surname_starting_with_lam_written_before_after_an_unknown_given_name_is_the_subject()
    {
        var q = Last("وقال المدير كريم الحلبي إن الرحلة طويلة. ووصل القبطان ماتيس لاكسو إلى الميناء. وأضاف لاكسو أن طاقمه متعب.");
        Assert.Equal("لاكسو", q.SpeakerText);
    }

    [Fact]
    public void A_town_council_named_after_the_verb_is_the_speaker()
    {
        var q = Last("وحذرت سامية نادر من الجليد. وأعلنت بلدية القرية في بيان أن الحافلة ستواصل عملها.");
        Assert.StartsWith("بلدية القرية", q.SpeakerText);
    }

    [Fact]
    public void Said_to_the_journalists_still_goes_back_to_the_speaker()
    {
        var q = Last("وحذرت سامية نادر من الجليد. وأضافت للصحفيين أن الطريق خطر.");
        Assert.Equal("سامية نادر", q.SpeakerText);
    }
}
