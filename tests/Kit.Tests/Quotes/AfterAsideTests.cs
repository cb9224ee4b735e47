using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A reporting verb whose subject has a long aside set off by commas (وقال فلان، وهو …، إن) still reaches its quote; sentences written for the test, read off by hand.
/// </summary>
public class AfterAsideTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    // The aside (وهو …) runs past the word window: the complementizer after its closing comma still opens the quote.
    [InlineData("وقال مدير الميناء سامي نادر، وهو مهندس عمل سنوات طويلة في موانئ الخليج قبل أن يعود إلى بلده في مطلع العقد الماضي، إن السفن تنتظر أياما.", "السفن تنتظر أياما", "سامي نادر")]
    // A place and an occasion between commas, as long: the same.
    [InlineData("وقالت رئيسة الجمعية سامية نادر، في كلمة ألقتها خلال الحفل الذي أقيم مساء أمس في القاعة الكبرى للمسرح البلدي وسط المدينة القديمة، إن العمل سيتواصل.", "العمل سيتواصل", "سامية نادر")]
    public void A_complementizer_after_a_long_aside_still_opens_the_quote(string text, string quote, string speaker)
    {
        var q = Last(text);
        Assert.Equal(quote, q.Text);
        Assert.Contains(speaker, q.SpeakerText);
    }

    [Fact]
    public void A_far_complementizer_with_no_comma_before_it_opens_nothing()
    {
        // No aside closes before أن: it is some other clause's, not the verb's quote.
        var quotes = QuoteExtractor.Default.Extract("t", "وقال سامي نادر خلال زيارته اليوم إلى المدينة الصناعية الجديدة في الجنوب برفقة عدد كبير من المستثمرين والمسؤولين المحليين والأجانب بعد أن انتهت الجولة.");
        Assert.Empty(quotes);
    }
}
