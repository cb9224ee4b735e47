using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A person noun whose first letter is ب or ل (بائعة، باحث، لاعب) is no preposition glued on: after the verb it opens the
/// subject (branch quotes4). Sentences written for the test.
/// </summary>
public class PersonNounLettersTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void A_person_noun_with_b_then_a_name_names_the_speaker()
    {
        var q = Last("وقالت وزارة الصحة إن العمل بدأ. وفي السوق القديم، قالت بائعة الخضار سامية نادر إن الزبائن صاروا يسألون.");
        Assert.Contains("سامية نادر", q.SpeakerText);
    }

    [Fact]
    public void A_person_noun_with_b_and_no_name_is_an_unknown_subject()
    {
        var q = Last("وقالت وزارة الصحة إن العمل بدأ. وقال باحث في الجامعة إن النتائج مشجعة.");
        Assert.StartsWith("باحث", q.SpeakerText);
    }

    [Fact]
    public void A_word_with_l_glued_on_is_still_whom_it_was_said_to()
    {
        var q = Last("وقالت وزارة الصحة إن العمل بدأ. وقالت للصحفيين إن النتائج مشجعة.");
        Assert.Equal("وزارة الصحة", q.SpeakerText);
    }
}
