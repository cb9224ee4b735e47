namespace Kit.Tests.Actors;

/// <summary>
/// First mentions of unknown persons after a role phrase (round people18b), each on sentences written for this test
/// (none copied from a set).
/// </summary>
public class PeopleFinderFirstMentionsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // A role of a player or a keeper in construct with a team's one-word name, then the player's two-word name before إن.
    [Theory]
    [InlineData("وقال مدافع بينيارول أوغستين كاردوسو إن الحكم أخطأ.", "أوغستين كاردوسو")] // مدافع + the club, then the name
    [InlineData("وقال حارس بينيارول أوغستين كاردوسو إن الحكم أخطأ.", "أوغستين كاردوسو")] // حارس + the club, then the name
    public void A_name_after_a_players_role_and_team(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_name_after_amma_and_a_role_ends_before_the_answer_of_amma() =>
        // أما الحداد … فيقول: the blacksmith's name is the two words before فيقول, a given name and a family name with the article
        Assert.Equal(["محمود الشيخ"], People("أما الحداد محمود الشيخ فيقول إن الحديد غال."));

    // After a role, words in ا or a verb with its object are a state or a predicate, no name.
    [Theory]
    [InlineData("وكان الصيف موسما طويلا، بحسب السكان.")] // two words in ا after a definite noun: a predicate
    [InlineData("ولم تقدم الحكومة قروضا ميسرة، بحسب التجار.")] // an object and its adjective
    [InlineData("وقال الفريق لعب جيدا.")] // the team's verb and an adverb
    [InlineData("وقال إن الطبيب يعرف اسمي، ثم خرج.")] // a present verb and its object after the doctor
    public void Words_in_alif_or_a_verb_after_a_role_are_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void Words_after_a_place_head_in_the_role_phrase_name_the_place() =>
        // لبلدة …: the words after the town's head noun are the town's name, not a person after الرملي
        Assert.Empty(People("وعلى الشاطئ الرملي لبلدة سانتو بيدرو، يعمل الصيادون منذ الفجر."));

    [Fact]
    public void A_name_after_a_definite_role_with_a_given_name_and_a_link() =>
        // the lawyer's given name, أبو and a definite word are one name
        Assert.Equal(["ناصر أبو العزم"], People("وقال المحامي ناصر أبو العزم إن موكله بريء."));
}
