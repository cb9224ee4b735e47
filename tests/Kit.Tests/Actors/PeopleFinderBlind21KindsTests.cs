namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the twenty-first to twenty-fourth blind sets (round people9), each on sentences written for this test
/// (none copied from a set): a lone name after a kinship or role noun with a possessive, and that name again.
/// </summary>
public class PeopleFinderBlind21KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وانتظر الرجل ابنته تاليندا ذات السنوات الخمس عند الباب.", "تاليندا")]
    [InlineData("وقطع المسافر مع زوجته ميرلينا الطريق من المدينة.", "ميرلينا")]
    [InlineData("وقال: «لكن ابني توماسو سيتذكر هذا اليوم».", "توماسو")]
    [InlineData("وأوضح الرجل أن ابنته الكبرى ميرلينا تدرس الطب.", "ميرلينا")]
    [InlineData("وحملت الأم ابنتها الصغرى زينة على ظهرها.", "زينة")]
    [InlineData("وقال: «طبيبتي ميرلينا لم تكن تعرف ذلك».", "ميرلينا")]
    public void A_lone_name_after_a_possessed_kinship_or_role_noun_is_the_relative(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void The_relatives_name_again_is_the_same_person() =>
        Assert.Equal(["تاليندا", "تاليندا"], People("وانتظر الرجل ابنته تاليندا ذات السنوات الخمس. وقال: «عادت تاليندا اليوم تغني»."));

    [Theory]
    [InlineData("وقال: «ابني الكبير في المدرسة».")]
    [InlineData("وحملت الأم ابنتها الصغرى على ظهرها.")]
    [InlineData("وقالت: «زوجي المريض لم يعد».")]
    [InlineData("وقال: «جدتي علمتني الخياطة وأنا صغير».")]
    public void A_kinship_noun_and_its_adjective_are_no_name(string text) => Assert.Empty(People(text));
}
