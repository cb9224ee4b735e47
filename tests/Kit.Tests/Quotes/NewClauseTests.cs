using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes4: looking for a verb's content stops at a comma and a connective with a pronoun (، لكنهم يخشون أن): the أن
/// after it belongs to another verb. Sentences written for the test.
/// </summary>
public class NewClauseTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Fact]
    public void A_connective_with_a_pronoun_after_a_comma_ends_the_search()
    {
        Assert.Empty(All("ويتوقع الصيادون موسما جيدا بعد الأمطار، لكنهم يخشون أن تنهار الأسعار."));
    }

    [Fact]
    public void The_complementizer_before_it_still_opens_the_quote()
    {
        var q = Assert.Single(All("وقال سامي نادر إن الموسم جيد، لكنه يخشى انهيار الأسعار."));
        Assert.StartsWith("الموسم جيد", q.Text);
    }
}
