using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirteenth and fourteenth blind sets, each on sentences written for this test (none copied from a set):
/// name-shaped words after a title or head that are a phrase: a three-letter past verb with the feminine ت, و on a noun
/// with the pronoun ه, ل on a sound plural in construct; a team's name (the word between مدرب and a given name) inside a
/// would-be person.
/// </summary>
public class PeopleFinderBlind13KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وأعلن المتحدث أن الحكومة قررت ثلاثة ملايين دينار للمدارس.")]
    [InlineData("وقالت الوزارة إن الحكومة خصصت مبلغا إضافيا للطرق.")]
    public void A_past_verb_with_the_feminine_t_after_a_head_is_no_name(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال المدير إن العمل جار على بناء مصنع لتعليب التمر وتغليفه قبل الصيف.")]
    [InlineData("وتحدث رئيس الجمعية لمزارعي الزيتون عن الموسم.")]
    public void A_conjunction_or_preposition_on_an_ordinary_noun_opens_a_phrase(string text) => Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال المزارع حكمت الراشد إن الموسم جيد.", "حكمت الراشد")]
    [InlineData("وأوضح الطبيب رفعت الساعدي أن الحالات قليلة.", "رفعت الساعدي")]
    public void Names_of_those_shapes_stay_people(string text, params string[] names) => Assert.Equal(names, People(text));

    [Fact]
    public void A_word_between_a_title_in_construct_and_a_given_name_is_a_body_not_a_surname() =>
        Assert.Equal(["إدواردو موندراغون"], People("وأشاد مدرب يونايتد إدواردو موندراغون بلاعبه. وقاد سانتياغو يونايتد الفريق إلى الفوز. وتقدم يونايتد في الترتيب."));

    [Fact]
    public void A_given_name_between_the_title_and_the_person_stays_a_name_elsewhere() =>
        Assert.Contains("أنس جابر", People("وفازت أنس جابر بالمباراة. وقال مدرب جابر عصام الجلالي إنها تعبت."));
}
