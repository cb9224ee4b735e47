using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A surname that begins with ب or ل (بركات، بواليا) right after a verb is its subject when the document has written it
/// earlier right after a given name; otherwise such a word is how or to whom (وقال بحزن، وقال للصحفيين). Sentences
/// written for the test; the names are invented.
/// </summary>
public class SurnameWithPrepositionLetterTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void A_surname_with_b_written_after_a_given_name_elsewhere_is_the_subject()
    {
        // The people finder does not take سمير بركات (بركات is also a word); the quote still goes to بركات, not to the director.
        var q = Last("قال المدير سامي نادر إن المدرسة مكتظة. ويدرس سمير بركات الرياضيات منذ عشرين عاما. وأضاف بركات أن الكتب قليلة.");
        Assert.Equal("بركات", q.SpeakerText);
    }

    [Fact]
    public void A_word_with_b_the_document_never_writes_after_a_given_name_is_still_how()
    {
        var q = Last("قال المدير سامي نادر إن المدرسة مكتظة. وأضاف بحزن أن الكتب قليلة.");
        Assert.Equal("المدير سامي نادر", q.SpeakerText);
    }
}
