using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the eighth blind set, each on sentences written for this test (none copied from a set): places, bodies,
/// vessels and plural nouns that look like people, and people named with no title (East Asian short names, kinship).
/// </summary>
public class PeopleFinderBlind8KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وقال رئيس جمعية مزارعي كالولو إن المحصول تراجع هذا العام.")]
    [InlineData("وطالبت رئيسة جمعية صانعي كاتالو بدعم الأسعار.")]
    public void A_plural_noun_and_a_place_after_a_body_are_the_body_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وأبحرت سفينة الأبحاث الفنلندية \"الدكتور ياركو ليندفال\" من الميناء فجرا.")]
    [InlineData("وشاهد الجمهور فيلم \"الجنرال ماركوس ليندر\" في الافتتاح.")]
    public void A_title_and_name_in_quotation_marks_after_a_vessel_noun_name_the_vessel(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وكان الموظف يدون أسماء المسافرين في سجل كبير.")]
    public void A_given_name_that_is_a_plural_noun_before_a_definite_noun_is_the_noun(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وعرض الفيلم على خشبة مسرح عمر الرابع مساء الخميس.")]
    public void A_given_name_after_a_theatre_noun_names_the_theatre(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال رئيس بلدية كاراكول إن المشروع سيستمر.")]
    public void A_word_after_a_municipality_after_a_title_is_a_place(string text) => Assert.Empty(People(text));

    [Fact]
    public void An_east_asian_name_lends_its_last_element() =>
        Assert.Equal(["فام ثي نغا", "نغا"],
            People("وقالت الطبيبة فام ثي نغا إن العيادة مزدحمة. وأضافت نغا أن الأدوية نفدت."));

    [Fact]
    public void A_vietnamese_name_with_no_title_is_found_by_its_middle_name() =>
        Assert.Equal(["دانغ ثي هانه", "هانه"],
            People("وفي الساحة جلست دانغ ثي هانه على كرسي خشبي. وقالت هانه إن المطر لم يتوقف."));

    [Fact]
    public void A_name_after_a_kinship_noun_with_a_possessive() =>
        Assert.Equal(["لويس"], People("وجاءت المرأة إلى العيادة مع ابنها لويس البالغ عشر سنوات."));

    [Theory]
    [InlineData("وجلست الأم قرب ابنها نجوم البالغ أربع سنوات.", "نجوم")]
    [InlineData("وجلست الأم قرب ابنها مريض جدا.")]
    [InlineData("وكانت الأم مع ابنها الأكبر في السوق.")]
    public void An_ordinary_word_after_a_kinship_noun_is_a_name_only_before_an_age(string text, params string[] names) => Assert.Equal(names, People(text));

    [Theory]
    [InlineData("وعرض المتحف مخطوطة لابن فضلان في الجناح الشرقي.", "ابن فضلان")]
    [InlineData("ويقيم ابن مدينة كاسولا في العاصمة.")]
    public void Ibn_and_a_word_no_dictionary_knows_is_a_classical_name(string text, params string[] names) => Assert.Equal(names, People(text));

    [Theory]
    [InlineData("وفي الصباح، جلست مالالا رانيفو على مقعد خشبي قرب الباب.", "مالالا رانيفو")]
    [InlineData("ووقفت مالالا رانيفو على الرصيف.", "مالالا رانيفو")]
    [InlineData("وأضاف أن الجراد يغطي السماء فوق كاتسينا وداورا منذ أيام.")]
    public void Two_words_no_dictionary_knows_after_a_clause_verb_are_its_subject(string text, params string[] names) => Assert.Equal(names, People(text));

    [Fact]
    public void A_word_and_abd_with_its_word_after_a_nationality_are_a_name() =>
        Assert.Equal(["كامل عبد الخالقوف"], People("وبعد فوزه على الطاجيكي كامل عبد الخالقوف أمام الجمهور، رفع العلم."));

    [Fact]
    public void A_first_name_no_list_knows_is_the_person_named_in_full_before() =>
        Assert.Equal(["ناندا راكوتو", "ناندا"], People("وقالت الممرضة ناندا راكوتو إن الأسرة ممتلئة. وأضافت ناندا أن الأدوية نفدت."));

    [Theory]
    [InlineData("وقال نجم الحسناوي، الذي يدير المقهى منذ عقدين، إن الزبائن قلوا.", "نجم الحسناوي")]
    [InlineData("وأكدت هيئة الموانئ البحرية في بيان أن الرصيف جاهز.")]
    [InlineData("وقال بيان الوزارة إن الخطة جاهزة.")]
    public void An_indefinite_word_and_a_definite_nisba_after_a_reporting_verb_are_a_name(string text, params string[] names) => Assert.Equal(names, People(text));

    [Fact]
    public void A_person_after_an_institution_named_after_a_king_is_found() =>
        Assert.Equal(["رشيد البقالي"], People("وقال الأستاذ في جامعة محمد الخامس رشيد البقالي إن البحث مستمر."));

    [Theory]
    [InlineData("ولوح المشجعون بعلم فرنسا طوال المباراة.")]
    [InlineData("ولوحت الطفلة بعلم سوريا أثناء الحفل.")]
    public void An_adverb_of_time_ends_a_name(string text) => Assert.Empty(People(text));
}
