namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the forty-first to forty-fourth blind sets (round people17), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderBlind41KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // A one-word alias that is an ordinary word (كوك، المعلم) is the gazetteer's person only where the document names
    // that person more fully; alone it is a place's part or a title, and the name after the title is the person.
    [Theory]
    [InlineData("وأجرت السلطات في جزر كوك حملة لتنظيف خزانات المياه.")]
    [InlineData("وصل الطبيب إلى بلدة آفاروا في جزر كوك صباح الاثنين.")]
    public void A_lone_alias_that_is_a_word_is_no_gazetteer_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_lone_alias_that_is_a_title_leaves_the_name_after_it()
    {
        var people = People("وقال المعلم شكور باقروف، الذي يقود فريق البناء، إن الخشب قديم.");
        Assert.DoesNotContain("المعلم", people); // the title of a craftsman, not the minister the gazetteer knows
        Assert.Contains("شكور باقروف", people); // the craftsman himself, read after his title
    }

    [Fact]
    public void A_lone_alias_counts_where_the_full_name_stands_in_the_document() =>
        // the minister is named in full first, so the lone surname after it is his
        Assert.Equal(["وليد المعلم", "المعلم"], People("وقال وزير الخارجية السوري وليد المعلم إن المحادثات مستمرة. وأضاف المعلم أن الوفد سيعود."));

    // After a noun of kinship, a second noun of kinship behind و (its dual too) or a verb with its object is no name.
    [Theory]
    [InlineData("وعاد الرجل بعد ساعة برفقة زوجته وابنته الكبرى، وقال إنه مستعد.")] // ابنته: one more relative
    [InlineData("وسافر الرجل قبل يومين مع زوجته وابنيهما إلى العاصمة.")] // ابنيهما: the dual of ابن with هما
    [InlineData("وقال الرجل: «أمي نصحتني. لذلك جئت إلى هنا».")] // نصحتني: نصح + ت + ني, the mother's deed
    public void A_kinship_noun_or_a_verb_after_a_kinship_noun_is_no_name(string text) =>
        Assert.Empty(People(text));

    // A given name after the head of a place or an institution, or after بني of a tribe, is part of that place's name.
    [Theory]
    [InlineData("وقضت محكمة بني خالد الابتدائية الأربعاء بسجن التاجر.")] // بني خالد: a tribe's town
    [InlineData("وفي معصرة الحاج حسن بحي الزيتون، تعمل آلة واحدة فقط.")] // the press is named after its owner
    [InlineData("ويجتمع الزوار قرب مقام الإمام يوسف، في وسط البلدة القديمة.")] // a shrine named after its imam
    [InlineData("وعلى ضفة نهر كريم توك تشا، يعمل الصيادون منذ الفجر.")] // a river's name
    public void A_given_name_inside_a_place_name_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_present_verb_with_its_object_after_a_speech_verbs_spelling_is_no_name() =>
        // نقل here is the noun "transport"; تربطهم is a verb with its object pronoun
        Assert.Empty(People("ويطالب السكان منذ سنوات بوسيلة نقل تربطهم بالمدينة."));

    [Fact]
    public void A_plural_after_an_indefinite_title_is_its_complement() =>
        // مهندس برمجيات: the engineer's trade, not a name; انتقل is his verb
        Assert.Equal(["سامي عوني"], People("وقال سامي عوني، وهو مهندس برمجيات انتقل إلى الحي قبل عامين، إن الطريق طويل."));

    [Fact]
    public void A_possessed_role_after_a_speech_verb_is_no_name() =>
        // زميلته is the colleague, the head of the subject; the name follows it
        Assert.Equal(["ليلى حداد"], People("وأكدت زميلته ليلى حداد أن الفريق انتظر طويلا."));

    [Fact]
    public void A_preposition_on_a_short_noun_after_a_role_is_no_name() =>
        // الخزان الجوفي لحوض غدامس: a reservoir of a basin, no role and name
        Assert.Equal(["جوفاني روسي"], People("وقال خبير المياه الإيطالي جوفاني روسي، الذي درس الخزان الجوفي لحوض غدامس في التسعينيات، إن المياه تتراجع."));

    [Fact]
    public void Three_unknown_words_after_a_title_heading_a_body_start_with_the_body()
    {
        var people = People("وقال مدرب نافتيس أندريوس بالتيكاس إن الفريق لعب جيدا. وفاز الفريق بفارق نقطتين عن نافتيس في الترتيب.");
        Assert.Equal(["أندريوس بالتيكاس"], people); // نافتيس is the team the coach leads, here and later alone
    }

    [Fact]
    public void A_plural_in_construct_after_an_indefinite_title_lets_the_name_after_its_place_through() =>
        // أستاذة أخلاقيات المهنة في الكلية: the title's subject and place, then the professor's name
        Assert.Equal(["هيلغا نورد"], People("غير أن أستاذة أخلاقيات المهنة في الكلية هيلغا نورد حذرت من أن الأرقام مضللة."));

    [Fact]
    public void A_common_given_name_that_the_list_lacked_opens_a_name() =>
        // عوض is a given name; the family name after it and the surname alone later are the same man's
        Assert.Equal(["عوض الزعبي", "الزعبي"], People("وفي المدرج جلس عوض الزعبي قرب البوابة. وأوضح الزعبي أن أبناءه جاؤوا معه."));

    [Fact]
    public void Two_words_after_a_title_and_its_definite_institution_are_a_name() =>
        // الجامعة closes the title's phrase; the two indefinite words before the verb are the professor's name, though both are words
        Assert.Equal(["ماريت سار"], People("وحذرت أستاذة علوم البحار في الجامعة ماريت سار من أن الصيد الجائر مستمر."));

    [Fact]
    public void A_name_after_lakin_before_a_comma_and_min_is_a_speaker() =>
        // لكن opens the clause; the two words before «، من جمعية» are the speaker's name
        Assert.Equal(["بيرتا كوفاتش"], People("وأغلقت المحال أبوابها. لكن بيرتا كوفاتش، من جمعية محلية، قالت إن التجار غاضبون."));

    [Theory]
    [InlineData("وقالت الحكومة، التي تواجه انتقادات، إن الدعم سيستمر.")] // a definite body, no name
    [InlineData("وقال مصدر أمني، من دون ذكر اسمه، إن الهجوم فشل.")] // a title and its adjective
    [InlineData("وقالت وزارة الصحة، التي تدير المستشفيات، إن الحملة بدأت.")] // an institution
    public void A_body_before_a_comma_and_a_relative_pronoun_is_no_name(string text) =>
        Assert.DoesNotContain(People(text), p => p.Contains("الحكومة") || p.Contains("مصدر") || p.Contains("وزارة"));
}
