using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A participle (معتبرا، مؤكدا) after a clause goes back to the subject of the clause's opening verb, not to the person
/// named last in it, also when a copula (وكان … قد التمس) or a negation (ولم يحمل) opens the clause. Sentences written for the test.
/// </summary>
public class ClauseOpenerSubjectTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void After_a_copula_the_participle_goes_to_the_subject_not_to_the_accused_named_later()
    {
        var q = Last("وكان المدعي العام قد طلب خمس سنوات سجنا في حق كريم الحلبي، معتبرا أن الأدلة كافية.");
        Assert.Equal("المدعي العام", q.SpeakerText);
    }

    [Fact]
    public void After_a_negation_the_participle_goes_to_the_subject_of_the_verb_not_to_its_object()
    {
        var q = Last("وقال المدرب سامي نادر إن المباراة صعبة. ولم يلم نادر حارسه كريم الحلبي على الهدف، مؤكدا أن الكرة غيرت اتجاهها.");
        Assert.Equal("نادر", q.SpeakerText);
    }

    [Fact]
    public void A_title_cut_short_before_the_name_after_a_negation_leaves_the_name()
    {
        var q = Last("ولم يخف رئيس نادي ميراندو سامي نادر معارضته للمشروع، وقال إن الأندية الصغيرة فقيرة.");
        Assert.EndsWith("سامي نادر", q.SpeakerText);
    }
}
