using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the eleventh and twelfth blind sets, each on sentences written for this test (none copied from a set):
/// a name after a place head and one definite word names the place, a one-word alias that is a title before a given name,
/// one word after the head of a body, an ordinary word before a demonstrative, a definite nisba after بن and a given name.
/// </summary>
public class PeopleFinderBlind11KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وأقيم الحفل في دار الشباب مصطفى الحكيم بوسط المدينة.")]
    [InlineData("ووصل الوفد عبر مطار القيروان سالم الدريدي الدولي صباح الخميس.")]
    [InlineData("ونقل المصابون إلى مستشفى الجهة عبد الرحمن العلوي في المساء.")]
    public void A_name_after_a_place_head_and_a_definite_word_names_the_place(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال مدير مستشفى الجهة سالم الدريدي إن الأسرة امتلأت.", "سالم الدريدي")]
    [InlineData("وأوضح رئيس نادي الشباب عمر الكبيسي أن الموسم صعب.", "عمر الكبيسي")]
    public void A_title_before_the_place_head_still_reads_the_person(string text, params string[] names) => Assert.Equal(names, People(text));

    [Theory]
    [InlineData("وقال المعلم نادر الخطيب إن الصفوف مزدحمة.", "نادر الخطيب")]
    [InlineData("وأوضح المعلم سامح القضاة أن الدروس قصيرة.", "سامح القضاة")]
    public void A_one_word_alias_that_is_a_title_before_a_given_name_is_the_title(string text, params string[] names) => Assert.Equal(names, People(text));

    [Theory]
    [InlineData("مدرب ليفربول يشكو الحكم بعد الخسارة")]
    [InlineData("وقال قائد فرقة \"الأنوار\" إن العرض تأجل.")]
    public void One_word_after_a_title_in_construct_is_the_body_it_leads(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_given_name_after_a_title_in_construct_is_still_a_person() =>
        Assert.Equal(["سامي الطرابلسي"], People("وقال مدرب الفريق سامي الطرابلسي إن اللاعبين تعبوا."));

    [Fact]
    public void An_ordinary_word_before_a_demonstrative_is_the_verb_not_the_name() =>
        Assert.Equal(["رودريغو بيانكي", "بيانكي"], People("لكن مدرب الفريق رودريغو بيانكي رفض هذه الاتهامات. وقال بيانكي إن اللاعبين تعبوا."));

    [Fact]
    public void A_definite_nisba_after_bin_and_a_given_name_ends_the_name() =>
        Assert.Equal(["سالم بن خلفان الشكيلي", "الشكيلي"], People("وجلس سالم بن خلفان الشكيلي برفقة أخيه في الممر. وقال الشكيلي إن الطريق طويل."));
}
