namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirty-ninth and fortieth blind sets (round people16), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderBlind39KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وقال مدير المكتب عبد الله أحمد الأكحل إن الفرق ستزور القرى. وأضاف الأكحل: «الأطفال مرضى».", "عبد الله أحمد الأكحل", "الأكحل")]
    [InlineData("وقال سالم محمد الأهدل إن الجسر سيفتح. وأوضح الأهدل أن العمل تأخر.", "سالم محمد الأهدل", "الأهدل")]
    [InlineData("وقالت هدى علي بلحاف إن القانون غائب. وقالت بلحاف: «الدولة بعيدة».", "هدى علي بلحاف", "بلحاف")]
    public void A_family_name_that_is_a_word_after_a_given_name_and_the_fathers_name(string text, string full, string surname) =>
        Assert.Equal([full, surname], People(text));

    [Theory]
    [InlineData("وقال نادر حمدان إن البحر فارغ. وتجمع الصيادون، بينهم حمدان، أمام المحكمة.", "نادر حمدان", "حمدان")]
    public void A_surname_that_is_a_given_name_alone_is_the_persons(string text, string full, string surname) =>
        Assert.Equal([full, surname], People(text));

    [Theory]
    [InlineData("ويقول موظفو الميناء في المدينة إن الأجور تأخرت.")]
    [InlineData("وخسر مزارعو الزيتون في الوادي نصف المحصول هذا العام.")]
    public void A_plural_in_construct_ending_in_waw_is_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_foreign_name_in_waw_whose_stem_is_a_word_stays_a_name() =>
        Assert.Contains("جوليا مارينو", People("وقالت السائحة جوليا مارينو إن المدينة جميلة."));

    [Theory]
    [InlineData("وتعيش مئات العائلات في قلعة نور الدين على الزراعة.")]
    [InlineData("وأعلنت بلدية خليج سامي فرانكو أن الملعب سيفتح.")]
    [InlineData("وتنتشر الحمى في دائرتي سلمى وكاتيبو منذ أسبوعين.")]
    [InlineData("وتصل الخسائر في إقليمي روندا وماكاسو إلى النصف.")]
    public void A_place_head_or_its_dual_before_names_names_places(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال المدرب إن نادية سيدعو الفريق إلى مباراة.")]
    [InlineData("وأعلنت الوزارة أن منحا ميسرة ستمنح للطلاب.")]
    public void A_future_verb_is_no_name_word(string text) =>
        Assert.DoesNotContain(People(text), p => p.Contains("سيدعو") || p.Contains("ستمنح"));

    [Fact]
    public void A_one_word_alias_that_is_a_title_before_a_definite_adjective_is_the_noun() =>
        Assert.Empty(People("وجلس الرجل قرب النافذة. وقال المعلم المتقاعد: «كنا ندفع أقل»."));

    [Theory]
    [InlineData("وأغلقت المحال أبوابها. أما ميلاد قندلفت، وهو صاحب متجر قرب السوق، فقال إن الزبائن قلة.", "ميلاد قندلفت")]
    [InlineData("ووصل الفريق ظهرا. أما شمسة الحراصية، وهي ممرضة في مستشفى المدينة، فقالت إن العمل كثير.", "شمسة الحراصية")]
    public void The_topic_of_amma_before_a_comma_and_an_apposition_is_a_person(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وتراجعت الأسعار. أما الحكومة، وهي الجهة المسؤولة، فقالت إن الدعم سيستمر.")]
    [InlineData("وتضررت المدن. أما نهر كوفالدي، وهو أطول الأنهار، فقد جف.")]
    [InlineData("وتضررت المدن. أما قطاع السياحة، وهو مصدر الدخل، فقد تراجع.")]
    public void The_topic_of_amma_that_is_a_body_or_place_is_no_person(string text) =>
        Assert.Empty(People(text));
}
