using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A subject that stands before its verb in forms the reader alone cannot take: an accusative title after غير أن with
/// an aside between commas, and an unknown name after أما; sentences written for the test, read off by hand.
/// </summary>
public class FrontedSubjectTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void An_accusative_title_after_a_conjunction_ending_in_an_and_an_aside_is_the_subject()
    {
        // Not the ministry that spoke before: the member after غير أن, whose aside is set off by commas.
        var q = Last("وأعلنت الوزارة في بيان أن البرنامج سيبدأ قريبا. غير أن مسؤولا في اللجنة، طلب عدم ذكر اسمه، قال إن النقاش كان طويلا.");
        Assert.Equal(("النقاش كان طويلا", "مسؤولا في اللجنة"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void A_four_letter_accusative_title_counts_there_too()
    {
        var q = Last("وقال المدرب إن الفوز مستحق. إلا أن عضوا في الاتحاد، فضل عدم كشف هويته، قال إن القرار تأخر.");
        Assert.StartsWith("عضوا", q.SpeakerText);
    }

    [Fact]
    public void An_unknown_name_after_amma_is_the_subject_of_the_verb_with_fa()
    {
        // The kit knows no دوبرافكوف: the words between أما and فقال are the speaker, with no actor, and لكنه goes back to them.
        var quotes = QuoteExtractor.Default.Extract("t", "وقال المدرب إن الفوز مستحق. أما دوبرافكوف فقال إن الحكم ظلمه، لكنه أضاف: «سنلتقي مرة أخرى».");
        Assert.Equal(["المدرب", "دوبرافكوف", "دوبرافكوف"], quotes.Select(q => q.SpeakerText));
        Assert.Null(quotes[1].Actor);
    }

    [Fact]
    public void A_definite_word_after_amma_is_no_unknown_name()
    {
        // أما الحكومة فقالت: a definite common noun opens no unknown name (the reader decides it, or no one).
        var q = Last("وقال المدرب إن الفوز مستحق. أما المباراة فقال عنها إن الحكم أخطأ.");
        Assert.NotEqual("المباراة", q.SpeakerText);
    }
}
