using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Cooccurrence;
using Kit.Corpus;

namespace Kit.Tests.Actors;

/// <summary>
/// People the gazetteer does not know (Actors/Discovery/PeopleFinder): each case written by hand, with the mentions a
/// reader marks in it; the kit must find those and nothing else.
/// </summary>
public class PeopleFinderTests
{
    private static List<(string Surface, string Actor, string Origin)> People(string text) =>
        MentionFinder.Default.Find("t", text).Where(m => m.Type == ActorType.Person)
            .Select(m => (m.Surface, m.Actor, m.Origin)).ToList();

    [Fact]
    public void A_name_after_a_title_is_a_discovered_person_with_its_evidence()
    {
        var m = MentionFinder.Default.Find("t", "وقال المبعوث الأممي مارتن غريفيث إن المحادثات ستستأنف.").Single(m => m.Type == ActorType.Person);
        Assert.Equal(("مارتن غريفيث", "discovered:مارتن غريفيث", MentionOrigin.Discovered), (m.Surface, m.Actor, m.Origin));
        Assert.StartsWith("title", m.Evidence);
    }

    [Fact]
    public void The_surname_alone_later_is_the_same_person_behind_its_proclitics()
    {
        const string text = "قال حاكم المصرف المركزي بيار بنشعبون إن الاحتياطي تراجع. وأكد وبنشعبون لاحقا أن الأزمة ستطول، فيما نقل عن مقربين لبنشعبون أنه متفائل.";
        Assert.Equal(
            [("بيار بنشعبون", "discovered:بيار بنشعبون", "discovered"), ("بنشعبون", "discovered:بيار بنشعبون", "discovered"), ("بنشعبون", "discovered:بيار بنشعبون", "discovered")],
            People(text));
    }

    [Fact]
    public void A_surname_that_is_a_word_counts_alone_only_next_to_a_title_or_a_reporting_verb()
    {
        // عون is the president; «عون دولي» is aid.
        const string text = "التقى الرئيس ميشال عون الوفد. ودعا إلى عون دولي عاجل. وقال عون إن الوقت ينفد.";
        Assert.Equal(["ميشال عون", "عون"], People(text).Select(p => p.Surface));
    }

    [Fact]
    public void A_persons_name_inside_a_place_or_institution_is_no_person()
    {
        Assert.Empty(People("نقل المصابون إلى مستشفى الملك فهد، وأقيمت المباراة في ملعب محمد الخامس، قرب شارع الحبيب بورقيبة."));
    }

    [Fact]
    public void A_given_name_from_the_lexicon_starts_a_name_and_a_nickname_joins_its_person()
    {
        var people = People("وأوضح القيادي أحمد العلي المعروف بأبو حسن أن الاجتماع انتهى.");
        Assert.Equal([("أحمد العلي", "discovered:أحمد العلي", "discovered"), ("أبو حسن", "discovered:أحمد العلي", "discovered")], people);
    }

    [Fact]
    public void Ordinary_words_after_a_given_name_end_it()
    {
        Assert.Equal(["ياسين بونو"], People("ويغيب الحارس ياسين بونو بسبب الإصابة.").Select(p => p.Surface));
    }

    [Fact]
    public void The_gazetteer_alone_finds_no_discovered_person()
    {
        var finder = MentionFinder.Default.WithDiscovery(false);
        Assert.DoesNotContain(finder.Find("t", "وقال المبعوث الأممي مارتن غريفيث إن المحادثات ستستأنف."), m => m.Origin == MentionOrigin.Discovered);
    }

    [Fact]
    public void Counts_and_cooccurrence_see_discovered_people()
    {
        var document = new Document("d", "قال المبعوث الأممي مارتن غريفيث إن المحادثات ستستأنف. وأضاف غريفيث أن الوفد سيزور روسيا.");
        var counts = ActorCounts.Of(MentionFinder.Default.Find(document));
        var griffiths = counts.ByActor.Single(c => c.Actor == "discovered:مارتن غريفيث");
        Assert.Equal(("مارتن غريفيث", 2), (griffiths.Name, griffiths.Mentions));
        var graph = Cooccurrences.Count([document], new CooccurrenceOptions(Window.Sentence));
        Assert.Contains(graph.Edges, e => new[] { e.A.Actor, e.B.Actor }.Contains("discovered:مارتن غريفيث"));
    }

    [Fact]
    public void A_word_no_dictionary_knows_right_after_a_reporting_verb_is_a_name_but_a_plural_or_a_verb_is_not()
    {
        Assert.Equal(["غريفيث", "غريفيث"], People("وقال غريفيث في مؤتمر صحفي إن الوضع خطير. وأضاف غريفيث أن الأطراف وافقت.").Select(p => p.Surface));
        Assert.Empty(People("واقترحت موسكو محادثات بين عسكريين حول سوريا. وقال سنواصل تزويدها بالسلاح."));
    }

    // Issue 15, after the blind development set: each rule written on sentences of its own, not the set's.
    [Theory]
    [InlineData("وقالت كورنيليا ماركوفيتش، الخبيرة في شؤون الطاقة، إن الأسعار سترتفع.", "كورنيليا ماركوفيتش")]
    [InlineData("وقال محمود، وهو سائق أجرة في الخمسين من عمره، إن الوقود نفد.", "محمود")]
    [InlineData("وأضافت أمل الزعبي أن الخطة لم تكتمل.", "أمل الزعبي")]
    public void The_subject_right_after_a_reporting_verb_is_a_person(string text, string name)
    {
        Assert.Equal([name], People(text).Select(p => p.Surface));
    }

    [Theory]
    [InlineData("قال سنواصل العمل حتى النهاية.")]
    [InlineData("وقال مصدر مطلع إن الاجتماع تأجل.")]
    [InlineData("وقالت مصادر الوزارة إن القرار نهائي.")]
    [InlineData("وقال وزير الداخلية في مؤتمر صحافي إن الانتخابات جرت بسلام.")]
    public void Speech_openings_and_sources_are_no_names(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_surname_keeps_its_name_link()
    {
        const string text = "قال محافظ البنك مروان عبد الرزاق إن التضخم تراجع. وتابع عبد الرزاق أن الاحتياطي ارتفع. وقالت الباحثة سلمى آل حمد إن العينة صغيرة، وأضافت آل حمد أن النتائج أولية.";
        Assert.Equal(["مروان عبد الرزاق", "عبد الرزاق", "سلمى آل حمد", "آل حمد"], People(text).Select(p => p.Surface));
    }

    [Fact]
    public void A_nickname_known_among_someone_and_after_the_surname_alone()
    {
        const string text = "سجل كريم الطاهري، مهاجم الفريق، هدفين. واستطاع الطاهري، المعروف لدى أنصار النادي بـ\"الصاروخ\"، أن يحسم المباراة.";
        Assert.Equal(["كريم الطاهري", "الطاهري", "الصاروخ"], People(text).Select(p => p.Surface));
    }

    [Fact]
    public void A_name_of_a_place_with_a_title_and_two_names_is_no_mention_of_its_namesake()
    {
        const string text = "قالت الطبيبة منى خليل إن الوضع مستقر. وتحدث باحثون من جامعة الشيخ عمر خليل في المؤتمر.";
        Assert.Equal(["منى خليل"], People(text).Select(p => p.Surface));
    }

    [Fact]
    public void A_foreign_name_with_a_link_and_a_complement_before_it()
    {
        const string text = "وقال الرئيس التنفيذي للشركة ماركو دا كوستا للصحفيين إن الإنتاج سيبدأ قريبا.";
        Assert.Equal(["ماركو دا كوستا"], People(text).Select(p => p.Surface));
    }
}
