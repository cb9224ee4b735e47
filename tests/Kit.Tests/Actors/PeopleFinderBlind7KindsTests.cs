using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// False-positive kinds of the seventh blind set, each on sentences written for this test (none copied from a set): a
/// place after a title, a verb after a title that is also a noun, a given name that is a verb after «قد», a phrase with a
/// preposition after an adjective, a Spanish article before a place name.
/// </summary>
public class PeopleFinderBlind7KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وانتقد حاكم ولاية كيرالا القرار في بيان مساء الأحد.")]
    [InlineData("ورحب رئيس بلدية مدينة تيمبوكتو بالمشروع في كلمة قصيرة.")]
    [InlineData("وأعلن مدير شركة فالوريكس أن الإنتاج سيتوقف شهرا.")]
    [InlineData("وقال قائد سفينة أورورا إن البحر كان هادئا.")]
    [InlineData("وزار الوزير قرية تشيبوتو صباح الخميس.")]
    [InlineData("وأكد حاكم مقاطعة سالتا دعمه للمزارعين.")]
    [InlineData("ورحب حاكم مقاطعة بونتا، الذي دعم المشروع، بالحكم.")]
    [InlineData("وقال حاكم منطقة كوسكو إن الطرق مغلقة.")]
    public void A_place_or_company_noun_after_a_title_is_no_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال المدير إن الفريق استخدم أجهزة حديثة لقياس الحرارة.")]
    [InlineData("وأضاف أن الفريق اعتمد خطة جديدة في الشوط الثاني.")]
    [InlineData("وقالت إن الفريق استخدم خشبا صلبا لتقوية الجدران.")]
    [InlineData("وقال إن الفريق اعتمد نهجا حذرا في الترميم.")]
    public void A_past_verb_after_a_title_that_is_also_a_noun_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_rank_before_a_name_still_counts() =>
        Assert.Equal(["عبد الفتاح البرهان"], People("وقال الفريق أول ركن عبد الفتاح البرهان إن الحرب ستنتهي."));

    [Theory]
    [InlineData("وكانت المحامية قد رفعت الدعوى أمام المحكمة العليا.")]
    [InlineData("وكان المزارع قد رفعت شكواه إلى البلدية.")]
    public void A_given_name_after_the_particle_qad_is_a_verb(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وتوجهت الأمهات إلى عيادات في القرى الفقيرة لتطعيم أطفالهن ضد الشلل.")]
    public void A_preposition_on_a_verbal_noun_after_an_adjective_is_no_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وتعمل السفن في ميناء لا كورونيا منذ قرون.")]
    [InlineData("وقال رئيس جمعية مزارعي لا ريوخا خوان بيدرو سانشيث إن المحصول جيد.", "خوان بيدرو سانشيث")]
    public void A_word_after_a_spanish_article_is_a_place(string text, params string[] names) => Assert.Equal(names, People(text));

    [Theory]
    [InlineData("ورست السفينة إيفر غيفن في القناة بعد أسبوع.")]
    [InlineData("وأبحرت السفينة ماري سيليست من الميناء فجرا.")]
    [InlineData("وانتقد زعيم حزب فيدس القرار.")]
    public void A_vessel_or_a_party_named_after_its_head_noun_is_no_person(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_captain_of_the_ship_keeps_his_name() =>
        Assert.Equal(["جون سميث"], People("وقال قائد السفينة جون سميث إن البحر هادئ."));

    [Theory]
    [InlineData("وجلست ميرانو راكوتوبي (30 عاما) قرب سرير ابنها.", "ميرانو راكوتوبي")]
    public void Unknown_words_before_an_age_in_brackets_are_a_persons_name(string text, string name) => Assert.Equal([name], People(text));

    [Fact]
    public void A_place_before_an_age_in_years_is_no_name() => Assert.Empty(People("وبلغت الحرارة في ولاية كيرالا (40 درجة) حدا قياسيا."));
}
