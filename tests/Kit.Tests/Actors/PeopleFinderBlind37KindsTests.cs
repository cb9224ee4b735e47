namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirty-seventh and thirty-eighth blind sets (round people15), each on sentences written for this test
/// (none copied from a set): a role with its modifiers before a name in a speech frame.
/// </summary>
public class PeopleFinderBlind37KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وقالت مديرة الثقافة في بلدية نابلس هالة دروزة إن المهرجان سيعود.", "هالة دروزة")]
    [InlineData("وقال رئيس نقابة عمال الموانئ في المدينة لي سانغ مين إن الإضراب مستمر.", "لي سانغ مين")]
    [InlineData("وقال المسؤول في مكتب الصحة ببلدية هسينشو تشن يو مين إن الحملة ستبدأ.", "تشن يو مين")]
    [InlineData("وقالت رئيسة جمعية المزارعين في القرية منى خوري اليوم إن الموسم جيد.", "منى خوري")]
    [InlineData("وقال رئيس اتحاد صيادي الأسماك في الميناء كيم دو هو إن الموسم انتهى.", "كيم دو هو")]
    [InlineData("وقالت مديرة الآثار في بلدية بيت جالا سلمى قسيس إن الحفريات مستمرة.", "سلمى قسيس")]
    [InlineData("وقال مدير الصحة في بلدية سوون بارك مين سو الخميس إن العيادات ستفتح.", "بارك مين سو")]
    public void A_role_with_modifiers_before_a_name_in_a_speech_frame(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    [InlineData("وقال الناطق باسم وزارة النقل إن الطريق سيفتح.")]
    [InlineData("وقالت المتحدثة باسم بلدية المدينة إن المياه عادت.")]
    [InlineData("وقال متحدث باسم الاتحاد الوطني للكرة الطائرة إن البطولة تأجلت.")]
    [InlineData("وأعلن مكتب المنظمة الدولية للتربية والعلم والثقافة أن المعرض سيفتح.")]
    public void A_body_after_a_title_in_a_speech_frame_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال ابن الثالثة عشرة بعد السباق: «تدربت كثيرا».")]
    [InlineData("وقالت ابنة الخمسين إن الحياة تغيرت.")]
    public void Ibn_before_an_ordinal_is_an_age_no_name(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("وافتتحت البلدية خط الترام الجديد الذي يحمل اسم ماريو فارغاس بينيتو قبل شهر.")]
    [InlineData("ويقع المتحف في شارع سمي باسم أنطونيو ريبيرو وسط المدينة.")]
    public void A_name_after_a_verb_of_naming_is_the_things(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void The_last_word_of_a_place_with_de_la_is_no_name() =>
        Assert.Empty(People("وأقيمت المباراة في مدينة فيلا كارلوس دي لا مونتانيا، أمام عشرين ألف متفرج."));

    [Theory]
    [InlineData("وقال البحار الطاهر بوطيب: «البحر لم يعد كما كان».", "الطاهر بوطيب")]
    [InlineData("وقال الدليل السياحي مراد الكافي، الذي يرافق الزوار منذ عشرين عاما، إن الموسم جيد.", "مراد الكافي")]
    [InlineData("وقال الخباز سليم بنعيسى إن سعر الطحين ارتفع.", "سليم بنعيسى")]
    public void An_occupation_noun_opens_a_speech_frame(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("وقال المهندس إن ابنته الكبرى ليلى تدرس الطب، وإن ابنه البكر سامي يعمل في المصنع.", "سامي")]
    [InlineData("وعلق في المحل صورة قديمة لوالده خليل قعوار أمام الباب.", "خليل قعوار")]
    [InlineData("وأهدى الجائزة لشقيقته سعاد برغوثي التي ربته.", "سعاد برغوثي")]
    public void A_relative_named_after_a_noun_of_kinship(string text, string name) =>
        Assert.Contains(name, People(text));

    [Theory]
    [InlineData("وقالت أم سمير، وهي بائعة خضار، إن الأسعار ارتفعت.", "أم سمير")]
    [InlineData("وقالت أم وليد إن ابنها لم يعد.", "أم وليد")]
    public void A_kunya_with_um_after_a_speech_verb(string text, string name) =>
        Assert.Contains(name, People(text));
}
