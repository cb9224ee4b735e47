namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the nineteenth and twentieth blind sets (round people8), each on sentences written for this test (none
/// copied from a set): a dateline city of two words; a given name that is a word before a noun of kinship; a noun's
/// adjective and purpose after a title; a foreign name whose words the word list has only behind a proclitic; the answer
/// of أما after a name; a role in construct with a definite complement; a place with the article after an institution.
/// </summary>
public class PeopleFinderBlind19KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Fact]
    public void A_dateline_city_of_two_words_is_a_place_everywhere_and_closes_an_institution_after_a_title()
    {
        var people = People("قطار جديد يصل إلى سانغ تاو\n\nسانغ تاو (فيتنام) (أ ف ب) - صار سكان سانغ تاو يعبرون النهر. وقال مدير ميناء سانغ تاو هوانغ مينه الثلاثاء إن الميناء يعمل.");
        Assert.Equal(["هوانغ مينه"], people);
    }

    [Theory]
    [InlineData("وقال الرجل: «في بيتي ابني وفي داري أخي».")]
    [InlineData("وقالت: «نام في بيتي ابني الصغير».")]
    public void A_given_name_that_is_a_word_before_a_possessed_kinship_noun_is_the_word(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وأطلقت الجمعية برنامج دائم لدعم الصيادين في القرية.")]
    [InlineData("وافتتحت البلدية مكتب جديد لرصد المخالفات.")]
    public void An_adjective_and_a_purpose_after_a_title_that_is_a_noun_are_no_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال الصياد كنوت ليند إن الموسم ضعيف.", "كنوت ليند")]
    [InlineData("وقال الرجل كنوت ليند إن الموسم ضعيف.", "كنوت ليند")]
    public void Two_words_the_word_list_has_only_behind_a_proclitic_are_a_foreign_name_after_a_role(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_conjunction_and_a_noun_after_a_role_are_no_name() =>
        Assert.Empty(People("وقال الصياد بحزن وغضب إن الموسم ضعيف."));

    [Theory]
    [InlineData("أما الصياد كنوت ليند فيرى أن الموسم ضعيف.", "كنوت ليند")]
    [InlineData("أما الصياد يوهان برغ فيرى أن الموسم ضعيف.", "يوهان برغ")]
    public void After_amma_the_fa_on_a_verb_ends_the_name_after_a_role(string text, string name) => Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال قبطان قارب الأبحاث ستيان باكن إن البحر هادئ.", "ستيان باكن")]
    [InlineData("وقال سائق شاحنة الإطفاء ستيان كوفاتش إن الطريق مغلق.", "ستيان كوفاتش")]
    public void A_role_in_construct_with_a_noun_and_its_definite_complement_before_a_foreign_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_word_after_a_name_and_a_complementizer_opens_no_role() =>
        Assert.Equal(["كريمة آيت سالم"], People("وأعلنت كريمة آيت سالم أن الجمعية ستودع شكوى لدى المحكمة."));

    [Fact]
    public void A_place_with_the_article_that_is_a_given_name_after_a_title_and_an_institution_leaves_the_person()
    {
        Assert.Equal(["خليل ناصر"], People("ويرى أستاذ التاريخ في جامعة الخليل خليل ناصر أن الوضع صعب."));
        Assert.Empty(People("وصلى الوفد في مسجد الحسين علي قبل الظهر."));
    }

    [Fact]
    public void A_surname_that_names_a_club_after_an_institution_head_is_the_club_alone()
    {
        var people = People("فاز الفيتوري على ضيفه. ويحمل النادي اسم المجاهد سالم الفيتوري. وذكر موقع نادي الفيتوري أن الملعب امتلأ، ورفع الفوز رصيد الفيتوري إلى 30 نقطة.");
        Assert.Equal(["سالم الفيتوري"], people);
    }

    [Fact]
    public void The_same_surname_after_a_reporting_verb_stays_the_person() =>
        Assert.Equal(["نبيل القاسمي", "القاسمي"], People("وقال نبيل القاسمي الذي يدير مصنع القاسمي إن الطلب قل. وأضاف القاسمي أن الغاز غال."));

    [Theory]
    [InlineData("وقال الباحث كريم العلوي إن العمل صعب. وأطلق الفريق، بمبادرة من العلوي، اسما على الحوت.", "العلوي")]
    [InlineData("وقالت الطبيبة ريم حداد إن العمل صعب. ويعرض الفريق، بطلب من حداد، صورا للزوار.", "حداد")]
    public void A_surname_alone_after_min_governed_by_a_verbal_noun_is_the_person(string text, string surname) =>
        Assert.Contains(surname, People(text).Skip(1));

    [Fact]
    public void A_surname_that_is_a_word_after_min_inside_a_phrase_stays_the_word() =>
        Assert.Equal(["ريم حداد"], People("وقالت الطبيبة ريم حداد إن العمل صعب. واشترى الرجل الباب من حداد القرية."));

    [Theory]
    [InlineData("وفي القاعة، جلست نخلة بنت راشد الكندية إلى جانب ابنها.", "نخلة بنت راشد الكندية")]
    [InlineData("وقالت سلمى بنت حمد الهنائية إن الطريق طويل.", "سلمى بنت حمد الهنائية")]
    public void A_word_bint_a_word_and_a_feminine_nisba_after_a_verb_are_a_womans_full_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void Bint_as_girl_before_an_adjective_is_no_name() =>
        Assert.Empty(People("ورأت الطفلة بنت صغيرة الحجم في الحديقة."));

    [Theory]
    [InlineData("وقال المستورد الإيطالي ماركو روسي، الذي زار السوق، إن الطلب كبير.", "ماركو روسي")]
    [InlineData("وقال التاجر جوفاني روسي إن الطلب كبير.", "جوفاني روسي")]
    public void An_indefinite_nationality_adjective_right_after_a_given_name_is_the_family_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_nationality_adjective_in_construct_with_a_definite_word_stays_the_adjective() =>
        Assert.DoesNotContain("محمد روسي", People("وقدم الرسام محمد روسي الأصل عرضا."));
}
