namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirty-first and thirty-second blind sets (round people12), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderBlind31KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // A speech verb, a person noun with its modifiers, then a name no list knows before a boundary; later the surname alone.
    [Theory]
    [InlineData("وقال الصياد منصور الخلف إن البحر هادئ منذ أيام.", "منصور الخلف")]
    [InlineData("وقال العامل رافع الدرويش، الذي يعمل في الحي منذ سنوات، إن العمل توقف.", "رافع الدرويش")]
    [InlineData("وقالت البائعة في سوق المدينة رحمة العلي إن الأسعار ارتفعت.", "رحمة العلي")]
    [InlineData("وقال سائق الشاحنة ماهر السعدون إنه ينتظر منذ يومين.", "ماهر السعدون")]
    [InlineData("وقالت الطبيبة في المستشفى الوطني كايسا لاينن إن المرضى كثيرون.", "كايسا لاينن")]
    [InlineData("وقال ربان السفينة توماس فيرتانن إن الجليد سميك هذا العام.", "توماس فيرتانن")]
    [InlineData("وقالت مالكة مطعم صغير في الميناء ديلنوزا كريموفا إن الزبائن قلة.", "ديلنوزا كريموفا")]
    [InlineData("وقال الراعي مطلق العبد الله إن الماشية عطشى.", "مطلق العبد الله")]
    [InlineData("وقالت المدرسة إنغريد فان لير إن الصفوف مكتظة.", "إنغريد فان لير")]
    [InlineData("وقالت الممرضة في قسم الأطفال مارتا دي فريس إن النوبات طويلة.", "مارتا دي فريس")]
    [InlineData("وقال المزارع صالح الحمدون، الذي يزرع القمح، إن الري تأخر.", "صالح الحمدون")]
    [InlineData("وقال الراعي خلف المطيري، الذي فقد نصف قطيعه، إن المراعي جفت.", "خلف المطيري")]
    public void A_person_noun_and_its_modifiers_before_a_name_in_a_speech_frame(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("وقال سائق الشاحنة ماهر السعدون إنه ينتظر منذ يومين. وأضاف السعدون أن الطريق مغلق.", "السعدون")]
    [InlineData("وقالت الطبيبة في المستشفى الوطني كايسا لاينن إن المرضى كثيرون. وأضافت لاينن أن النوبات طويلة.", "لاينن")]
    [InlineData("وقالت المدرسة إنغريد فان لير إن الصفوف مكتظة. وأضافت فان لير أن المعلمين قلة.", "فان لير")]
    [InlineData("وقال الراعي مطلق العبد الله إن الماشية عطشى. وأضاف العبد الله أن البئر جفت.", "العبد الله")]
    public void The_surname_alone_later_is_the_person(string text, string surname) =>
        Assert.Equal(2, People(text).Count(p => p == surname || p.EndsWith(" " + surname, StringComparison.Ordinal)));

    [Theory]
    [InlineData("وقال المزارع إن الموسم جيد.")]
    [InlineData("الفلاح صابر على الجفاف منذ سنوات.")]
    [InlineData("وقالت البائعة في السوق القديم إن الأسعار ارتفعت.")]
    [InlineData("وقال سائق الحافلة الصغيرة إن الطريق طويل.")]
    [InlineData("وقال الحارس خلف السياج إن الباب مغلق.")]
    [InlineData("وقال الحارس عند بوابة المصنع إن العمال غادروا.")]
    [InlineData("وقال المزارع الستيني ضاحكا إن الموسم جيد.")]
    [InlineData("وقال الطبيب المناوب ليلا مبتسما إن المرضى بخير.")]
    [InlineData("وقال الطبيب في المستشفى الميداني إن الجرحى كثيرون.")]
    [InlineData("وقال المزارع خلال الاجتماع إن المياه قليلة.")]
    [InlineData("وقال رجل الأعمال القادم من تكساس إن شركته توسعت.")]
    [InlineData("وقال ممثل الادعاء في مرافعته إن المتهم مذنب.")]
    [InlineData("وقالت البائعة بحزن وأسى إن السوق فارغ.")]
    [InlineData("وقال ممرض في المستشفى طلب عدم نشر اسمه إن الأسرة ممتلئة.")]
    public void A_person_noun_with_no_name_names_nobody(string text) => Assert.Empty(FoundPeople.NamedIn(text));

}
