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
}
