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

    // A reporting verb that opens its clause, two name words and a clear end: one word the dictionary knows (بريت، دريتا)
    // beside one no dictionary knows is still a name (round people18c).
    [Theory]
    [InlineData("وأضاف تاشي نامغيال مبتسما: «السوق مزدحم اليوم».", "تاشي نامغيال")] // a state in the accusative closes the name
    [InlineData("وقالت دريتا فاليكوشا، والدة أحد الطلاب، إن المدرسة مغلقة.", "دريتا فاليكوشا")] // a word in ا first, then a comma and an apposition
    [InlineData("وتابع كيو ساموندرا: «سنزرع الأرز مجددا».", "كيو ساموندرا")] // two words no dictionary knows before a colon
    [InlineData("وأوضحت بريت سولهايم أن المصنع أغلق.", "بريت سولهايم")] // a word the dictionary knows, a foreign family name and أن
    public void Two_name_words_after_a_reporting_verb_are_a_name(string text, string name) =>
        Assert.Equal([name], People(text));

    // The ordinary readings of the frame stay no person.
    [Theory]
    [InlineData("وقال رجل مسن، يجلس قرب الباب، إن المياه ارتفعت.")] // a noun and its adjective, both words the dictionary knows
    [InlineData("وقال سائق شاحنة إن الطريق مغلق.")] // a noun in construct with a noun
    [InlineData("وقال مصدر أمني إن الهجوم وقع ليلا.")] // a source and a nisba adjective
    [InlineData("وأضاف مبتسما: «لن نرحل».")] // a state in the accusative alone, no subject
    [InlineData("وقالت مصادر طبية إن الجرحى كثر.")] // a plural source
    [InlineData("وأضافت: «قالوا لنا 2019، ثم 2020».")] // a verb of many, a pronoun and a year
    public void The_ordinary_words_after_a_reporting_verb_are_no_name(string text) =>
        Assert.Empty(People(text));
}
