using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A verb of going on before a present reporting verb (ومضى يقول إن) says nothing itself; the present verb reports; sentences written for the test, read off by hand.
/// </summary>
public class GoingOnVerbTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    // ومضى يقول: مضى says nothing; the present verb after it reports, with the previous speaker as its subject.
    [InlineData("وقال سامي نادر إن الوضع صعب. ومضى يقول إن الحكومة لم تفعل شيئا للمزارعين.", "الحكومة لم تفعل شيئا للمزارعين", "سامي نادر")]
    [InlineData("وقالت سامية نادر إن الموسم سيئ. وظلت تقول إن المطر تأخر كثيرا.", "المطر تأخر كثيرا", "سامية نادر")]
    public void A_verb_of_going_on_before_a_present_reporting_verb_lets_it_report(string text, string quote, string speaker)
    {
        var q = Last(text);
        Assert.Equal((quote, speaker), (q.Text, q.SpeakerText));
    }
}
