namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirty-third and thirty-fourth blind sets (round people13), each on sentences written for this test
/// (none copied from a set): a given name that is also a past verb or a plural noun, opening a clause before an ordinary noun.
/// </summary>
public class PeopleFinderBlind33KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("شهد معرض الكتاب السنوي في المدينة إقبالا كبيرا هذا العام.")]
    [InlineData("وشهد الملعب البلدي مباراة حامية بين الفريقين.")]
    [InlineData("وعزت الوزارة ارتفاع الأسعار إلى قلة الأمطار.")]
    [InlineData("فعزت اللجنة التأخير إلى سوء الطقس.")]
    [InlineData("ورفعت الشرطة الحواجز عن الطريق الساحلي.")]
    [InlineData("ولا يقتصر رواد المكتبة على الطلاب والموظفين.")]
    [InlineData("وقال التاجر إن رواد المعرض جاؤوا من مدن بعيدة.")]
    public void A_given_name_that_is_a_verb_or_plural_opening_a_clause_before_an_ordinary_noun_is_the_word(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال عزت كولاروفيتش إن المصنع سيغلق.", "عزت كولاروفيتش")]
    [InlineData("شهد الزعبي المباراة من المدرجات.", "شهد الزعبي")]
    [InlineData("وقالت شهد حسن إن الرحلة طالت.", "شهد حسن")]
    public void The_same_given_name_before_name_evidence_stays_a_name(string text, string name) =>
        Assert.Equal(name, People(text).FirstOrDefault());

    [Theory]
    [InlineData("وقال رفعت الأسد إنه سيعود. رفعت الأسد كان حاضرا في القاعة.")]
    [InlineData("رفعت الأسد كان حاضرا في القاعة. وقال رفعت الأسد إنه سيعود.")]
    public void The_same_two_words_named_elsewhere_away_from_an_opening_stay_the_name(string text) =>
        Assert.Equal(2, People(text).Count(p => p == "رفعت الأسد"));

    [Fact]
    public void A_weak_given_name_before_a_construct_family_name_stays_a_name() =>
        Assert.StartsWith("رؤاد أولاد", People("وتقف رؤاد أولاد السبع خلف طاولة صغيرة.").FirstOrDefault());

    [Theory]
    [InlineData("وأعلن المدير أن الإدارة ستصرف مكافأة للعمال.")]
    [InlineData("وقال إن البلدية ستقدم خدمة جديدة للسكان.")]
    public void A_future_verb_after_a_definite_body_noun_is_no_name(string text) => Assert.Empty(People(text));
}
