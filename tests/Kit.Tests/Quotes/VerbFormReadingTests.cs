using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// How a reporting verb's form is read: a participle used as an adjective, a verb describing the words (تصريحات
/// نقلتها), a present verb after وهو, and the gender of a past verb whose root ends in ت. Sentences written for the test.
/// </summary>
public class VerbFormReadingTests
{
    private static IReadOnlyList<Quote> Quotes(string text) => QuoteExtractor.Default.Extract("t", text);

    [Fact]
    public void A_participle_straight_after_a_noun_is_an_adjective_and_does_not_cut_the_quote()
    {
        // مؤكدة is "confirmed" here, not "stressing": the clause runs to the full stop.
        var q = Assert.Single(Quotes("وأعلنت وزارة الصحة أن أكثر من مئتي حالة مؤكدة سجلت في المدينة خلال أسبوع."));
        Assert.Equal("أكثر من مئتي حالة مؤكدة سجلت في المدينة خلال أسبوع", q.Text);
    }

    [Fact]
    public void A_participle_after_a_comma_still_reports()
    {
        var quotes = Quotes("وقال سامي نادر إن الموسم طويل، مؤكدا أن الفريق جاهز.");
        Assert.Equal(["الموسم طويل", "الفريق جاهز"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_verb_with_an_object_pronoun_after_an_indefinite_noun_describes_the_words_and_speaks_for_no_one()
    {
        // نقلتها tells who carried the statements; the minister, subject of اعتبر, said them.
        var q = Assert.Single(Quotes("واعتبر وزير المياه الأردني، في تصريحات نقلتها وكالة الأنباء الرسمية، أن \"كل قطرة ستخفف الضغط\"."));
        Assert.Equal(("كل قطرة ستخفف الضغط", "وزير المياه الأردني"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void A_present_verb_after_wahuwa_with_nothing_said_after_it_does_not_stop_the_search_for_the_quote()
    {
        // يشير here points at the trees: what أضاف introduces is the quotation after the colon.
        var q = Quotes("وقال سامي نادر إن البئر جفت. وأضاف وهو يشير إلى أشجار الموز الذابلة: «نعيش على أمل».")[^1];
        Assert.Equal(("نعيش على أمل", "سامي نادر"), (q.Text, q.SpeakerText));
    }

    [Fact]
    public void Laftat_is_feminine_and_goes_back_to_the_woman()
    {
        // لفت ends in ت itself: لفتت, with a second ت, is a woman's verb, so the man who wrote last is skipped.
        var q = Quotes("وقالت سلمى نادر إن الأسر تعبت. وكتب النائب سامي حداد: \"سنعود إلى هذا البند\". ولفتت إلى أن الانتظار طويل.")[^1];
        Assert.Equal(("الانتظار طويل", "سلمى نادر"), (q.Text, q.SpeakerText));
    }
}
