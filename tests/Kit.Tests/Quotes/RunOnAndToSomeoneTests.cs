using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Spans and speakers of the second round: a colon quote running on, a name after ل that was only told, a preposition
/// with a pronoun after the verb, روى as a reporting verb, a work's title in marks. Sentences written for the test.
/// </summary>
public class RunOnAndToSomeoneTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => QuoteExtractor.Default.Extract("t", text);

    [Fact]
    public void Words_after_a_colon_run_on_through_the_first_person_sentences_as_one_quote()
    {
        var quotes = Quotes("وقال المزارع سامي نادر للصحافيين: نحن لا نخاف. نعمل في الأرض منذ عشرين عاما. وأضاف أن الموسم طويل.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("نحن لا نخاف. نعمل في الأرض منذ عشرين عاما", quotes[0].Text);
        Assert.Equal("الموسم طويل", quotes[1].Text);
    }

    [Fact]
    public void A_name_with_l_in_front_after_the_verb_was_told_and_did_not_speak()
    {
        var q = Quotes("وقال سامي نادر إن العمل صعب. وقال لفرانس برس: «نعمل كل يوم حتى المساء».")[^1];
        Assert.Equal(("نعمل كل يوم حتى المساء", "سامي نادر"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void One_of_after_a_one_word_addressee_is_the_subject_and_stays_a_phrase()
    {
        // The woman who spoke before is only the one told: "one of her students" spoke, unnamed.
        var q = Quotes("ورأت المهندسة سلمى نادر أن الدراسة ناقصة. وقالت لنادر إحدى طالباتها خلال الاعتصام: \"نريد أن نرى البحيرات\".")[^1];
        Assert.Equal(("نريد أن نرى البحيرات", "إحدى طالباتها"), (q.Text, q.SpeakerText));
        Assert.Null(q.Actor);
    }

    [Fact]
    public void A_preposition_with_a_pronoun_after_the_verb_is_no_subject()
    {
        var q = Quotes("وقال سامي نادر إن الحكومة تأخرت. ونظم وقفة أمام الوزارة، قال خلالها إن الشفافية ليست منة.")[^1];
        Assert.Equal(("الشفافية ليست منة", "سامي نادر"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void Rawa_reports_speech()
    {
        // A title after the verb: روى right before a bare name is read as part of it (روى is also a given name).
        var q = Assert.Single(Quotes("وروى المزارع سامي نادر لفرانس برس: «مشينا ساعتين في الماء حتى وصلنا»."));
        Assert.Equal(("مشينا ساعتين في الماء حتى وصلنا", "المزارع سامي نادر"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void A_title_in_marks_after_binwan_is_a_name_not_a_quote()
    {
        // تروي here tells a story: the words in marks are the novel's title.
        Assert.Empty(Quotes("وتروي الرواية، الصادرة بعنوان \"ملح الصحراء\"، قصة أسرة من البدو الرحل."));
    }
}
