namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the twenty-ninth and thirtieth blind sets (round people11), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderBlind29KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // A Maghrebi place head (زاوية، نهج، زنقة، ساقية), an honorific and a name: a place named after a saint or a patron.
    [Theory]
    [InlineData("وتقع المدرسة قرب زاوية سيدي أحمد التيجاني في وسط المدينة.")]
    [InlineData("وتجمع المحتجون في نهج الطاهر صفر قبل الظهر.")]
    [InlineData("ويقع المقهى في زنقة محمد الخامس منذ عقود.")]
    [InlineData("وجاء المزارعون من ساقية سيدي علي والقرى المجاورة.")]
    public void A_place_head_and_a_name_are_a_place(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_name_after_a_title_near_such_a_place_stays_a_person() =>
        Assert.Equal(["خالد المرزوقي"], People("وقال المهندس خالد المرزوقي إن الأشغال في نهج الطاهر صفر ستنتهي قريبا."));

    // A dateline's city of several words opening the article, before a country in brackets, a comma and the day.
    [Fact]
    public void A_dateline_city_of_several_words_is_a_place() =>
        Assert.Empty(People("عنوان الخبر\n\nسان خوسيه دي لاس لاخاس (كوستاريكا)، 4 آذار/مارس 2020 (رويترز) - افتتح سوق جديد في المدينة."));

    [Fact]
    public void A_name_in_the_body_after_such_a_dateline_stays_a_person() =>
        Assert.Equal(["ماريا لوبيز"], People("عنوان الخبر\n\nسان خوسيه دي لاس لاخاس (كوستاريكا)، 4 آذار/مارس 2020 (رويترز) - وقالت التاجرة ماريا لوبيز إن السوق مزدحم."));

    // ل of purpose before the first person's أ is a verb (لأرى), not the given name (لاري) normalizing makes of it.
    [Theory]
    [InlineData("جئت لأرى البحر الذي حدثني عنه أبي.")]
    [InlineData("عدت إلى القرية لأرى البيت القديم.")]
    public void A_verb_with_lam_and_hamza_is_no_given_name(string text) => Assert.Empty(People(text));

    // A given name that is also a past verb, right after a conjunction of time (عندما، حينما، بعدما): the verb.
    [Theory]
    [InlineData("عندما طلعت الشمس بدأ العمال جمع المحصول.")]
    [InlineData("وحينما رفعت الحكومة الأسعار خرج الناس إلى الشوارع.")]
    public void A_past_verb_after_a_conjunction_of_time_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void The_same_name_after_a_verb_of_saying_stays_a_person() =>
        Assert.Equal(["رفعت الأسعد"], People("وقال رفعت الأسعد إن الموسم كان جيدا."));

    // After a relative pronoun the first word is the clause's verb: no name set off by the apposition's comma.
    [Theory]
    [InlineData("غير أن الخبير الذي كلفته البلدية، المهندس سامي القاسم، أكد أن الجسر آمن.", "سامي القاسم")]
    [InlineData("وقالت الطبيبة التي استدعتها العائلة، الدكتورة هالة منصور، إن الحالة مستقرة.", "هالة منصور")]
    public void Words_after_a_relative_pronoun_are_no_apposition_name(string text, string name) =>
        Assert.Equal([name], People(text));

    // A lone given name after a noun of kinship and an adjective, then an ordinary word (a verb): the relative's name.
    [Theory]
    [InlineData("وقالت إن ابنتها الكبرى ليلى عادت الأسبوع الماضي من باريس.", "ليلى")]
    [InlineData("وقالت إن ابنتها الصغرى زينب نجحت في الامتحان.", "زينب")]
    public void A_lone_given_name_after_kinship_and_an_adjective_before_a_word(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void Kinship_and_an_adjective_before_a_verb_alone_are_no_name() =>
        Assert.Empty(People("وقال إن ابنه الأكبر يعمل في المدينة."));

    // A name that is also a word right after a noun of kinship with its possessive, before a comma: the relative's name.
    [Fact]
    public void A_word_name_after_kinship_before_a_comma_is_the_relative() =>
        Assert.Equal(["رهف"], People("وأوضح الرجل أن ابنته رهف، الطالبة في الكلية، ساعدته."));

    // A Korean or Chinese family name and two short syllables without a hyphen, then the family name alone later.
    [Theory]
    [InlineData("وقالت كيم سو يون، وهي صيادة منذ ثلاثين عاما، إن البحر تغير. وأضافت كيم: «لم نعد نرى الأسماك».", "كيم سو يون", "كيم")]
    [InlineData("وأكد مدير مزرعة الشاي في قرية بوسونغ تشوي مين سو أن المحصول تراجع. وقال تشوي إن الصقيع جاء مبكرا.", "تشوي مين سو", "تشوي")]
    public void An_east_asian_name_and_its_family_name_alone(string text, string full, string family) =>
        Assert.Equal([full, family], People(text));

    [Theory]
    [InlineData("من يدفع لي ثمن البذار هذا العام؟")]
    [InlineData("باعت الخبز لتشتري لي أول حذاء.")]
    public void Li_after_a_verb_is_the_preposition(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_vietnamese_name_is_still_called_by_its_last_word() =>
        Assert.Equal(["لي فان تام", "تام"], People("وقال الطبيب لي فان تام إن الوباء انحسر. وأضاف تام أن الأهالي تعاونوا."));

    // After a verb that may report speech, an ordinary word in the indefinite accusative alone is its object.
    [Theory]
    [InlineData("غير أن التاجر أبدى قلقا، وقال إن الأسعار سترتفع.")]
    [InlineData("وصنع الهيكل في ألمانيا، ثم نقل قطعا عبر ميناء طنجة.")]
    public void An_accusative_word_after_the_verb_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_name_that_looks_accusative_before_a_complementizer_stays_a_name() =>
        Assert.Equal(["فارا"], People("وأضافت فارا أن الطفلة تحسنت."));
}
