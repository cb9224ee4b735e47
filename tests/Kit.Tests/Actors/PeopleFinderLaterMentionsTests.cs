namespace Kit.Tests.Actors;

/// <summary>
/// Later mentions of a person (round people18a): the surname or the first name alone after the full name, on sentences
/// written for this test (none copied from a set).
/// </summary>
public class PeopleFinderLaterMentionsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    // A family adjective after a name with بن, which the first mention may leave out, is the surname when the document
    // has it alone later as the subject of a reporting verb.
    [Theory]
    [InlineData("وأوضح مدير المستشفى الدكتور ناصر بن سالم الهنائي أن الأجهزة وصلت. وأضاف الهنائي أن المرضى ينتظرون منذ أشهر.", "الهنائي")]
    [InlineData("واستقبل الشيخ حمد بن راشد المعمري الوفد في مجلسه. وقال المعمري إن القرية تحتاج إلى مدرسة.", "المعمري")]
    public void A_surname_after_a_name_with_bin_is_found_alone_later(string text, string surname) =>
        Assert.Contains(People(text), p => p == surname); // the surname alone after وأضاف/وقال is the man named before

    // A name that ran on into the next word keeps its real surname for later mentions.
    [Fact]
    public void A_surname_before_a_word_the_name_ran_into_is_found_alone_later() =>
        // لركلتين is no name; البلوشي alone after وقال is the goalkeeper
        Assert.Contains("الهاشمي", People("وتألق الحارس سالم الهاشمي لركلتين في الشوط الثاني. وقال الهاشمي للصحافيين إن الفوز مستحق."));

    // An ordinary word after the name, later after a reporting verb, is a title, no surname.
    [Fact]
    public void An_ordinary_word_after_a_name_is_no_surname_later() =>
        // المسؤول is the role of the man, and later the subject of وأوضح as a role, not a name
        Assert.DoesNotContain("المسؤول", People("وقال رئيس البلدية خالد بن علي المسؤول عن الملف إن العمل بدأ. وأوضح المسؤول أن الميزانية محدودة."));

    // A surname alone that is not after a reporting verb or أما, with nothing else to confirm it, stays a word.
    [Fact]
    public void A_family_adjective_not_confirmed_later_stays_out() =>
        // الشرقي is the side of the village here, never alone after a verb of saying
        Assert.DoesNotContain("الشرقي", People("وقال المزارع سالم بن علي الشرقي الأسبوع الماضي إن المياه شحيحة. وتقع المزرعة في الجانب الشرقي من القرية."));

    // A first name that is a word too (موزة "banana") is its holder's alone right after a reporting verb.
    [Fact]
    public void A_first_name_that_is_a_word_is_the_person_after_a_reporting_verb() =>
        // موزة بنت خلفان is named in full first; وقالت موزة is she
        Assert.Equal(["موزة بنت خلفان الحارثية", "موزة"], People("وقالت البائعة موزة بنت خلفان الحارثية إن السوق تغير. وقالت موزة إن الزبائن قلوا."));

    // The same word elsewhere is the fruit, though the woman is named in the document.
    [Theory]
    [InlineData("وقالت البائعة موزة بنت خلفان الحارثية إن السوق تغير. وأكلت الطفلة موزة قبل المدرسة.")] // the object of أكلت
    [InlineData("وقالت البائعة موزة بنت خلفان الحارثية إن السوق تغير. وتباع موزة واحدة بمئة بيسة.")] // a noun with its adjective
    public void A_first_name_that_is_a_word_stays_a_word_elsewhere(string text) =>
        Assert.Single(People(text));

    // A relative's name right after a noun of kinship with its possessive suffix, told by what follows it (round people18d).
    [Theory]
    [InlineData("وكانت الممرضة تحمل ابنتها ريتا ذات الأشهر الثلاثة في قاعة الانتظار.", "ريتا")] // ذات + an age noun describes the child; ريتا reads as ريت + ا too
    [InlineData("وكانت الممرضة تحمل ابنتها لينا ذات الأشهر الثلاثة في قاعة الانتظار.", "لينا")] // ذات is no surname of لينا
    [InlineData("وقال اللاعب: «أهدي الفوز إلى أمي ماريان التي ربتني وحدها».", "ماريان")] // التي follows a definite word only: ماريان is a name
    [InlineData("وجلس الصياد في المقهى مع ابنه تامر، ثم عاد إلى القارب.", "تامر")] // after مع + kinship, the word before the comma is no predicate
    public void A_relatives_name_after_a_noun_of_kinship_is_found(string text, string name) =>
        Assert.Contains(name, People(text));

    // The ordinary word after a noun of kinship stays a word: a predicate, an adjective, a second relative, a circumstance.
    [Theory]
    [InlineData("وقالت المعلمة إن ابنتها طالبة ذات طموح كبير.")] // ذات before a noun that is no age: طالبة is a predicate
    [InlineData("وقال المزارع إن ابنه طالب يدرس في الجامعة.")] // an indefinite noun after إن ابنه is the predicate
    [InlineData("وقال المزارع إن ابنه الطالب يدرس في المدينة.")] // a definite word is an adjective
    [InlineData("وجاء البائع مع زوجته وابنته إلى السوق.")] // و + a noun of kinship is a second relative
    [InlineData("وقالت الجارة إن ابنها الوحيد يعمل في الخارج.")] // الوحيد describes the son
    [InlineData("ووصلت المرأة مع ابنها مريضا، وانتظرت ساعتين.")] // an accusative before the comma is the son's state
    public void An_ordinary_word_after_a_noun_of_kinship_is_no_name(string text) =>
        Assert.Empty(People(text));

    // A surname that is a word, of a person named in full here, after إلى جانب or بينهم: the person in a list or company.
    [Theory]
    [InlineData("وقال المهندس خالد سلامة إن العمل بدأ. وعمل إلى جانب سلامة فريق من المتطوعين.")] // إلى جانب سلامة: beside the engineer
    [InlineData("وقال الصياد خالد سلامة إن البحر فارغ. واحتج عشرات الصيادين، بينهم سلامة، أمام البلدية.")] // بينهم سلامة: one of the fishermen
    public void A_surname_that_is_a_word_is_the_person_in_a_list_or_company(string text) =>
        Assert.Equal(["خالد سلامة", "سلامة"], People(text));

    // The same word after إلى جانب, with no person of that surname in the document, stays a word.
    [Fact]
    public void A_word_after_ila_janib_with_no_such_surname_is_no_person() =>
        // عودة is the return of the pupils here; nobody named عودة is found
        Assert.Empty(People("وعمل المتطوعون إلى جانب عودة الطلاب إلى المدارس."));
}
