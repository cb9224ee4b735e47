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
    [InlineData("وقال المسؤول في مكتب الصحة ببلدية هسينشو وانغ لي هوا إن الحملة ستبدأ.", "وانغ لي هوا")]
    [InlineData("وقال مدير المستشفى الثاني التابع لجامعة شنغدو الطبية تشاو لين الخميس إن الأسرة امتلأت.", "تشاو لين")]
    [InlineData("وقال رئيس اتحاد صيادي الأسماك في الميناء كيم دو هو إن الموسم انتهى.", "كيم دو هو")]
    [InlineData("وقالت مديرة الآثار في بلدية بيت جالا سلمى قسيس إن الحفريات مستمرة.", "سلمى قسيس")]
    [InlineData("وقالت مديرة التعليم في ولاية كادونا أمينة بيلو إن المدارس ستفتح.", "أمينة بيلو")]
    public void A_role_with_modifiers_before_a_name_in_a_speech_frame(string text, string name) =>
        Assert.Equal([name], People(text));
}
