using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A found name that swallowed the word after it (كريم الحلبي لزملائه): the speaker span stops before a word with ل or
/// ب in front and a pronoun behind; sentences written for the test, read off by hand.
/// </summary>
public class SwallowedAddresseeTests
{
    [Theory]
    [InlineData("وقال كريم الحلبي لزملائه في الاجتماع إن الخطة فشلت.", "كريم الحلبي")]
    [InlineData("وقالت سامية نادر لمرافقيها قبل المغادرة إن الرحلة طويلة.", "سامية نادر")]
    public void The_speaker_span_stops_before_an_addressee_the_name_swallowed(string text, string speaker)
    {
        var q = Assert.Single(QuoteExtractor.Default.Extract("t", text));
        Assert.Equal(speaker, q.SpeakerText);
    }
}
