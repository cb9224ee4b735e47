using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// An attribution written after its clause in one word (حسبما قال، بحسبما أعلنت): the clause before is the quote and the
/// subject after the verb its speaker; sentences written for the test, read off by hand.
/// </summary>
public class AttributionAfterTests
{
    [Theory]
    [InlineData("وستبقى الحدود مغلقة حتى نهاية الشهر، حسبما قال وزير الداخلية سامي نادر.", "سامي نادر")]
    [InlineData("وستبقى الحدود مغلقة حتى نهاية الشهر، بحسبما أعلنت الوزارة في بيان.", "الوزارة")]
    public void The_clause_before_a_one_word_attribution_is_the_quote(string text, string speaker)
    {
        var q = Assert.Single(QuoteExtractor.Default.Extract("t", text));
        Assert.Contains("الحدود مغلقة حتى نهاية الشهر", q.Text);
        Assert.Contains(speaker, q.SpeakerText);
    }
}
