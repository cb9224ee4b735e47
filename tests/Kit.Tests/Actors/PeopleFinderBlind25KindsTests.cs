namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the twenty-fifth to twenty-eighth blind sets (round people10), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderBlind25KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // An occupation title, then a given name that is also an ordinary word and a definite nisba: the name, not a noun in construct.
    [Theory]
    [InlineData("وقال الصياد مفتاح الحاسي إن البحر كان هادئا.", "مفتاح الحاسي")]
    [InlineData("وقال التاجر عودة الزعبي إن السوق راكدة منذ شهرين.", "عودة الزعبي")]
    [InlineData("وقال مدير المهرجان سامر الدروبي إن التذاكر نفدت.", "سامر الدروبي")]
    [InlineData("وقال المهندس المتقاعد نصر الورفلي، الذي جاء مع زملائه، إن الرواتب تأخرت.", "نصر الورفلي")]
    public void A_word_and_a_definite_nisba_after_an_occupation_are_a_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال الخبير الاقتصادي إن السوق راكدة.")]
    [InlineData("وقال مدير عام الجمارك إن الشحن تأخر.")]
    [InlineData("وقال رئيس النادي إن الفريق جاهز.")]
    [InlineData("وقالت الباحثة في علم النفس الاجتماعي إن الدراسة جاهزة.")]
    [InlineData("وقال الطالب بكلية الطب البيطري إن الامتحان صعب.")]
    [InlineData("وقال المسؤول عن قسم التسيير والتخطيط العقاري إن المشروع تأخر.")]
    public void A_title_and_its_construct_are_no_name(string text) => Assert.Empty(People(text));

    // A one-word alias that is also a title (المعلم), then a definite adjective and a name: the title, and the name is the person.
    [Theory]
    [InlineData("وقال المعلم المتقاعد نصر الورفلي، الذي جاء مع زملائه، إن الرواتب تأخرت.", "نصر الورفلي")]
    [InlineData("وقال المعلم الجديد خالد الخطيب إن المدرسة أغلقت.", "خالد الخطيب")]
    public void A_title_alias_before_an_adjective_and_a_name_is_the_title(string text, string name) =>
        Assert.Equal([name], People(text));

    // A present verb written with its hamza (تأمر) is no given name (تامر), which is written without one.
    [Theory]
    [InlineData("محكمة في المدينة تأمر بلدية الحي بإصلاح الطريق")]
    [InlineData("هيئة الطرق تأمر شركة النقل بوقف الحافلات")]
    public void A_verb_with_hamza_is_no_given_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void The_given_name_without_hamza_is_still_a_name() =>
        Assert.Equal(["تامر حسني"], People("وقال تامر حسني إن الحفل تأجل."));

    // A woman's name that is also an adjective in ة (خيرية، سليمة) right after an indefinite noun in ة is its adjective.
    [Theory]
    [InlineData("وقدمت التمويل وزارة الزراعة وجمعية خيرية صغيرة في البلدة.")]
    [InlineData("وتبرعت مؤسسة خيرية كبيرة بالأدوية.")]
    public void A_feminine_adjective_after_an_indefinite_noun_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void The_same_name_after_a_title_is_a_name() =>
        Assert.Equal(["خيرية الشهري"], People("وقالت المديرة خيرية الشهري إن المدرسة جاهزة."));
}
