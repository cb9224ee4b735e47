using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the fourth blind set, each on sentences written for this test (none copied from a set): the shapes
/// that made wrong persons or missed real ones.
/// </summary>
public class PeopleFinderKindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    // A given name that is an ordinary adjective, then an adverb in the accusative: no name.
    [InlineData("وقال الخبير إن الجدار سليم تقريبا، وهذا نادر جدا في المواقع القديمة.")]
    [InlineData("وجرى التصويت في أجواء هادئة عموما بحسب المراقبين.")]
    // After a title, a lone accusative word is a state, not a name.
    [InlineData("ويظهر النقش الملك واقفا أمام المعبد الكبير.")]
    public void An_accusative_word_after_an_adjective_name_or_a_title_is_no_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقالت البلدة رأيها بوضوح في صناديق الاقتراع.")]
    [InlineData("وتعهدت الوزارة بحوافز للمصانع التي تنقل خطوطها إلى الجنوب.")]
    [InlineData("ودعت النقابة الشركات التي تنقل استثماراتها إلى الخارج إلى التريث.")]
    public void A_noun_with_a_possessive_suffix_after_a_verb_is_no_subject_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_conjunction_and_a_verb_after_a_title_chain_is_no_name() =>
        Assert.Empty(People("بعد المباراة هنأ رئيس الاتحاد الفريق وكتب على حسابه أن الفوز مستحق."));

    [Theory]
    [InlineData("ونقل الجرحى إلى مستشفى الإمام الرضا في مشهد، حيث قال طبيب إن الوضع صعب. وضرب الإعصار ولاية مشهد أيضا.")]
    [InlineData("عادت الرحلات إلى جبل علي وصحار بعد توقف دام أسبوعا.")]
    public void A_place_after_a_preposition_or_a_place_word_is_no_person(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقالت الخياطة الشابة ميرنا كوستيتش إن الطلب تضاعف هذا العام.", "ميرنا كوستيتش")]
    [InlineData("وأوضح الطاهي الفرنسي غاسبار لوبلان أن الوصفة قديمة.", "غاسبار لوبلان")]
    [InlineData("وقال سائح ياباني يدعى تاكيشي موراتا إن الرحلة كانت طويلة.", "تاكيشي موراتا")]
    [InlineData("وروت سيدة تدعى لوسيانا فيرو أنها انتظرت ساعات.", "لوسيانا فيرو")]
    [InlineData("وقالت زبونة يابانية تدعى ساتو يو-نا إن الأسعار مرتفعة.", "ساتو يو-نا")]
    [InlineData("كما أكد الخباز البرتغالي دوارتي كوستا أن الطلب ارتفع.", "دوارتي كوستا")]
    public void An_unknown_occupation_or_a_naming_verb_before_a_full_foreign_name_marks_a_person(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقالت الطبيبة أمل الزعبي للصحافيين إن المرضى بخير.", "أمل الزعبي")]
    // An honorific in the feminine, and a family name that is a word too.
    [InlineData("أوضحت الدكتورة أمل الحسيني أن الوضع صعب.", "أمل الحسيني")]
    public void A_given_name_that_is_a_word_counts_after_a_known_title(string text, string name) => Assert.Equal([name], People(text));

    [Fact]
    public void A_noun_with_a_possessive_suffix_ends_a_name() =>
        Assert.Equal(["راهول بانديا"], People("وقاد اللاعب الشاب راهول بانديا فريقه إلى الفوز في النهائي."));

    [Fact]
    public void A_negated_present_verb_before_a_surname_has_it_as_subject()
    {
        const string text = "قالت التاجرة سلمى يوسف إن السوق راكد. ولا تخفي يوسف خوفها من الشتاء.";
        Assert.Equal(["سلمى يوسف", "يوسف"], People(text));
    }

    [Fact]
    public void A_compound_surname_of_two_unlisted_words_counts_alone_and_is_not_split_at_a_proclitic()
    {
        const string text = "وعالج الطبيب يوسف كريمي آزاد المصابين. وعاد كريمي آزاد إلى المستشفى لاحقا.";
        Assert.Equal(["يوسف كريمي آزاد", "كريمي آزاد"], People(text));
    }

    [Fact]
    public void A_role_before_a_name_inside_an_institution_is_no_person() =>
        Assert.Empty(People("وتحدث باحثون من جامعة الشيخ لويس غارسيا في المؤتمر."));

    [Fact]
    public void A_given_name_alone_after_a_noun_of_kinship_is_a_person() =>
        Assert.Equal(["فاطمة العلي", "نور"], People("تجلس فاطمة العلي قرب ابنتها نور التي أصيبت في ساقها."));

    [Fact]
    public void A_given_name_that_is_a_word_alone_after_a_noun_of_kinship_before_an_ordinary_word() =>
        Assert.Equal(["نور"], People("وجلست الأم قرب ابنتها نور ذات الأعوام الخمسة."));

    [Fact]
    public void A_surname_that_is_a_word_counts_alone_first_in_its_clause_after_a_verb()
    {
        const string text = "قال المحامي منصور الصباغ إن الحكم جائر. ورد الصباغ على الاتهامات بهدوء. وكان الصباغ قد طعن في القرار.";
        Assert.Equal(["منصور الصباغ", "الصباغ", "الصباغ"], People(text));
    }

    [Fact]
    public void A_surname_that_starts_like_a_proclitic_is_tried_whole_first()
    {
        const string text = "وقال المرشح خوسيه بالتازار إن النتائج مزورة. ورفض بالتازار الاعتراف بالهزيمة.";
        Assert.Equal(["خوسيه بالتازار", "بالتازار"], People(text));
    }

    [Fact]
    public void A_role_before_a_name_whose_first_word_looks_like_a_proclitic_and_a_nickname_in_quotes_runs_to_the_closing_mark()
    {
        const string text = "قاد الحارس الشاب كيران باتيل، المعروف بين أنصار ناديه بـ«الجدار الصلب»، فريقه إلى الفوز.";
        Assert.Equal(["كيران باتيل", "الجدار الصلب"], People(text));
    }
}
