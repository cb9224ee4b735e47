namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the ninth to eighteenth blind sets (round people7), each on sentences written for this test (none copied
/// from a set): given names that are everyday words (جني harvest, رفعت raised, مالك owner, جون gulf, لي to me, رحمه الله);
/// a proclitic on a noun after a title; two names glued with nothing between; names of leagues and saints' places.
/// </summary>
public class PeopleFinderBlind17KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("بدأ موسم جني التمور في الواحة هذا الأسبوع.")]
    [InlineData("يعيش المزارعون في قرية بني مالك غرب المدينة منذ قرون.")]
    [InlineData("رست السفينة في جون البحرين قبل الفجر.")]
    [InlineData("قال الشاهد إن اللجنة رفعت رسوم التسجيل مرتين.")]
    [InlineData("وقالت المحامية إنها رفعت الشكوى باسم عشرين عائلة.")]
    [InlineData("حصلت الجمعية على موافقة رسمية لمشاريعها الجديدة.")]
    public void A_given_name_that_is_an_everyday_word_before_an_ordinary_word_or_a_place_is_the_word(string text) => Assert.Empty(People(text));

    [Fact]
    public void The_formula_rahimahu_allah_after_a_kinship_noun_is_no_name() =>
        Assert.Empty(People("قال الرجل: «والدي رحمه الله علمني الصبر، وأمي رحمها الله كذلك»."));

    [Fact]
    public void Li_right_after_a_verb_is_the_preposition_and_its_pronoun() =>
        Assert.Empty(People("وقال الطفل: «الآن سيسمح لي أخي باللعب»."));

    [Theory]
    [InlineData("وأوضح الطبيب رفعت الساعدي أن الحالات قليلة.", "رفعت الساعدي")]
    [InlineData("وقالت الممرضة جني الخطيب إن الجناح ممتلئ.", "جني الخطيب")]
    [InlineData("وقال المهندس مالك بن سالم إن الجسر آمن.", "مالك بن سالم")]
    public void The_same_given_names_with_name_evidence_stay_people(string text, string name) => Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال مكتب حماية البيئة ومراقبته في بيان إن العمل مستمر.")]
    [InlineData("افتتح خط يربط الساحة المركزية بحي النخيل الجديد.")]
    public void A_proclitic_on_a_possessed_noun_or_a_place_head_after_a_title_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_maghrebi_surname_in_bu_after_a_title_stays_a_name() =>
        Assert.Contains("بوشامة", string.Join(" ", People("وقال الأستاذ بوشامة إن النوبات قديمة.")));

    [Fact]
    public void A_word_lent_by_a_name_found_elsewhere_glued_to_a_name_is_one_mention() =>
        Assert.Equal("هند الزهراء بوعزة", People("وفي الملعب رفعت العلم هند الزهراء بوعزة. وقالت بوعزة إن الفوز مستحق. وكانت رانيا بوعزة قد غابت.")[0]);

    [Fact]
    public void A_given_name_that_is_a_verb_before_a_womans_given_name_is_the_verb() =>
        Assert.Equal("فاطمة الزهراء حمادي", People("وفي المدرجات رفعت فاطمة الزهراء حمادي لافتة. وقال حمادي إن الجمهور رائع. وكان سمير حمادي حاضرا.")[0]);

    [Fact]
    public void A_league_named_after_a_patron_is_no_person() =>
        Assert.Empty(People("توج الفريق بلقب دوري خليفة بن زايد للمحترفين."));

    [Fact]
    public void A_known_name_after_santa_names_a_place() =>
        Assert.DoesNotContain("ماريا", People("ثار بركان سانتا ماريا مرة أخرى هذا الأسبوع."));

    [Theory]
    [InlineData("وقالت رئيسة النقابة في المستشفى ماغدا كوفاتش إن الممرضات غاضبات.", "ماغدا كوفاتش")]
    [InlineData("وقال مدير المبيعات في الشركة الوطنية يانيس بيرزينش إن الطلب تراجع.", "يانيس بيرزينش")]
    public void After_a_title_and_a_definite_institution_the_name_follows_whatever_its_words(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال أستاذ علم الوراثة في جامعة عدن سالم الحبيشي إن الدراسة مهمة.", "سالم الحبيشي")]
    [InlineData("وقال الباحث بجامعة تعز سالم الحبيشي إن الدراسة مهمة.", "سالم الحبيشي")]
    public void After_a_title_in_an_institution_and_its_place_the_name_is_the_persons(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال الطالب إن جامعة فرحات عباس مغلقة.")]
    [InlineData("واعتبر أستاذ التاريخ بجامعة سيدي محمد بن عبد الله الدكتور عمر الفاسي أن الأرشيف ضاع.", "عمر الفاسي")]
    public void A_name_inside_an_institutions_name_stays_the_institutions(string text, params string[] names) =>
        Assert.Equal(names, People(text));

    [Theory]
    [InlineData("ورافق عبد الحميد بالطيب والده إلى المستشفى.", "عبد الحميد بالطيب")]
    [InlineData("وقال عبد الكريم بالقاسم إن الرحلة طويلة.", "عبد الكريم بالقاسم")]
    public void Bal_and_a_given_name_or_title_after_a_given_name_is_a_maghrebi_family_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void Bal_on_an_ordinary_word_after_a_given_name_is_still_a_phrase() =>
        Assert.DoesNotContain("سمير بالملعب", People("والتقى سمير بالملعب لاعبي الفريق."));

    [Theory]
    [InlineData("أما سونام تشودن فقالت إن الحملة ناجحة.", "سونام تشودن")]
    [InlineData("أما كارلوس منديث فأكد أن الفريق جاهز.", "كارلوس منديث")]
    public void After_amma_name_words_before_fa_and_a_verb_are_a_person(string text, string name) => Assert.Equal([name], People(text));

    [Fact]
    public void After_amma_an_ordinary_topic_is_no_person() =>
        Assert.Empty(People("أما الحكومة فقالت إن الخطة جاهزة. أما المصنع فأغلق أبوابه."));

    [Fact]
    public void A_four_letter_name_with_hamza_on_alif_and_lam_is_no_article() =>
        Assert.Equal(["إلسا بيرالتا"], People("وقالت إلسا بيرالتا إن الأطفال يسعلون."));

    [Theory]
    [InlineData("وقال رجل الأعمال اللاتفي يانيس أوزولس إن العقد قانوني.", "يانيس أوزولس")]
    [InlineData("وقالت بائعة الفاكهة أستير موانغي إن السوق مغلق.", "أستير موانغي")]
    public void A_role_in_construct_with_its_complement_before_foreign_names(string text, string name) => Assert.Equal([name], People(text));
}
