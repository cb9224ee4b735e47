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
}
