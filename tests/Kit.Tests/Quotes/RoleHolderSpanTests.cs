using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes4: a role alone that the article gave a named person earlier (وأضافت المعلمة after المعلمة سامية نادر) names
/// that person, and, like a description, takes the name's span. Sentences written for the test.
/// </summary>
public class RoleHolderSpanTests
{
    [Fact]
    public void A_role_named_earlier_takes_the_names_span()
    {
        const string text = "وقالت المعلمة سامية نادر إن التلاميذ يتابعون الأخبار. وأضافت المعلمة: «لا أريدهم أن يخافوا».";
        var q = QuoteExtractor.Default.Extract("t", text)[^1];
        Assert.Equal("سامية نادر", q.SpeakerText);
        Assert.Equal(text.IndexOf("سامية نادر", StringComparison.Ordinal), q.Speaker!.Start);
    }
}
