using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes4: a reporting verb right after a relative pronoun (التي تروي قصة) takes no noun after it as its subject,
/// so a later pronoun subject goes back to the person; تعهد بأن reports a pledge. Sentences written for the test.
/// </summary>
public class RelativeAndPledgeTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Fact]
    public void A_noun_after_a_verb_after_a_relative_is_no_speaker()
    {
        var q = All("ووقعت الكاتبة سامية نادر نسخا من روايتها الجديدة التي تروي قصة عائلة من الصيادين. وقالت إن الرواية تترجم حاليا.")[^1];
        Assert.Contains("سامية نادر", q.SpeakerText);
    }

    [Fact]
    public void A_pledge_with_an_is_a_quote()
    {
        var q = All("وتعهد الوزير سامي نادر بأن تطبع الأوراق تحت حراسة الشرطة.")[^1];
        Assert.Equal("تطبع الأوراق تحت حراسة الشرطة", q.Text);
        Assert.Contains("سامي نادر", q.SpeakerText);
    }

    [Fact]
    public void A_pledge_as_a_noun_is_no_quote()
    {
        Assert.Empty(All("وقدم الوزير سامي نادر تعهدا بإصلاح الطريق."));
    }
}

/// <summary>Branch quotes4: كتب عليها "…" (written on a sign) reports no one's words. Sentences written for the test.</summary>
public class WrittenOnTests
{
    [Fact]
    public void Words_written_on_a_thing_are_no_quote()
    {
        Assert.Empty(QuoteExtractor.Default.Extract("t", "وكان الطفل يحمل لافتة كتب عليها \"نحن هنا\"."));
    }

    [Fact]
    public void Words_written_on_a_page_of_ones_own_still_are()
    {
        var q = Assert.Single(QuoteExtractor.Default.Extract("t", "وكتب سامي نادر على حسابه: «نحن هنا»."));
        Assert.Equal("نحن هنا", q.Text);
    }
}
