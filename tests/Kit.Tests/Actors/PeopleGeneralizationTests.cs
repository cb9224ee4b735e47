using Kit.Actors;
using Kit.Corpus;
using Kit.Quotes;

namespace Kit.Tests.Actors;

/// <summary>
/// Issue 15, generalization: one kind of error per test, each on sentences written by hand for the test (no text of
/// the gold or blind sets). The people a reader marks in them, and nothing else, must come out.
/// </summary>
public class PeopleGeneralizationTests
{
    private static List<string> People(string text) =>
        MentionFinder.Default.Find("t", text).Where(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name).Select(m => m.Surface).ToList();

    private static List<string> Actors(string text) =>
        MentionFinder.Default.Find("t", text).Where(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name).Select(m => m.Actor).ToList();

    [Theory]
    [InlineData("وقالت وزيرة الصحة الأردنية فوزية الخطيب إن الوضع مستقر.", "فوزية الخطيب")]
    [InlineData("وأكدت وزيرة التعليم المغربية راضية بنعلي أن الامتحانات ستجرى في موعدها.", "راضية بنعلي")]
    [InlineData("وقالت مديرة المدرسة الدولية سمية الفاسي إن التسجيل مفتوح.", "سمية الفاسي")]
    public void A_feminine_name_after_a_title_and_a_nationality_adjective_is_the_name_not_a_qualifier(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_known_surname_after_another_given_name_is_someone_else()
    {
        // العبادي is a gazetteer surname (Haider al-Abadi); فوزية العبادي is another person.
        var actors = Actors("وقالت وزيرة الصحة فوزية العبادي إن الوضع مستقر.");
        Assert.Equal(["discovered:فوزية العبادي"], actors);
    }

    [Theory]
    [InlineData("وقال المصور الأرجنتيني تيبورسيو لاغوس إن الصورة لا تكذب.", "تيبورسيو لاغوس")]
    [InlineData("وأوضحت أمينة المتحف الإيطالية كيارا بوسيلي أن المعرض يضم مئة لوحة.", "كيارا بوسيلي")]
    [InlineData("وقال الخطاط العراقي حيدر الساعدي إن الخط العربي يعيش نهضة.", "حيدر الساعدي")]
    [InlineData("وكانت الملاكمة الكينية واناغيرا موتوا قد خرجت من الدور الأول.", "واناغيرا موتوا")]
    [InlineData("وقال القاضي أوغستو مانريكي إن الجلسة أجلت.", "أوغستو مانريكي")]
    public void Titles_of_professions_beyond_politics_introduce_a_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_given_name_that_is_also_a_title_is_a_title_before_a_definite_word_and_a_name_otherwise()
    {
        Assert.Equal(["كيارا بوسيلي"], People("وقالت أمينة المعرض كيارا بوسيلي إن الإقبال كبير."));
        Assert.Equal(["أمينة سعيد"], People("وقالت أمينة سعيد إن الإقبال كبير."));
    }

    [Theory]
    [InlineData("وقال مدير مستشفى الحبيب ثامر إن المصابين بخير.")]
    [InlineData("وصلى المئات في مسجد السلطان نور الدين عبد الكريم شاه مساء الجمعة.")]
    [InlineData("وأقيم الحفل في قاعة الشيخ زايد بن سلطان أمس.")]
    public void A_persons_name_that_names_a_place_or_institution_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void After_an_institution_with_a_one_word_name_the_person_follows_the_title()
    {
        Assert.Equal(["منصور الحلبي"], People("وقال مدير مستشفى الأمان منصور الحلبي إن الأدوية نفدت."));
    }

    [Fact]
    public void A_surname_with_a_short_link_propagates_behind_its_proclitic()
    {
        var actors = Actors("ومثل المحامي سامي بن عمار أمام القاضي. ووجهت لبن عمار تهمة التزوير، وتظاهر أنصار بن عمار أمس.");
        Assert.Equal(3, actors.Count);
        Assert.All(actors, a => Assert.Equal("discovered:سامي بن عمار", a));
        Assert.Equal(["سامي بن عمار", "بن عمار", "بن عمار"], People("ومثل المحامي سامي بن عمار أمام القاضي. ووجهت لبن عمار تهمة التزوير، وتظاهر أنصار بن عمار أمس."));
    }

    [Theory]
    [InlineData("يقف ممادو سيسيه أمام قاربه كل صباح.", "ممادو سيسيه")]
    [InlineData("وتدرس فاطوماتا كوليبالي الطب في باماكو.", "فاطوماتا كوليبالي")]
    [InlineData("وتقود سيتي نورحياتي فريق البحث منذ عامين.", "سيتي نورحياتي")]
    [InlineData("ويدير أرطغرل يلماز ورشة صغيرة.", "أرطغرل يلماز")]
    [InlineData("وحضرت ميغاواتي سوكارنوبوتري الحفل.", "ميغاواتي سوكارنوبوتري")]
    [InlineData("وقاد ريباز كريم الفريق إلى النصر.", "ريباز كريم")]
    public void Given_names_from_many_regions_start_a_name_without_a_title(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    public void A_given_name_used_as_a_surname_propagates_alone()
    {
        Assert.Equal(["يوسف بلقاسم", "بلقاسم", "بلقاسم"],
            People("فاز العداء يوسف بلقاسم بالسباق. وقال بلقاسم إنه تعب كثيرا، وهي الميدالية الأولى لبلقاسم في مسيرته."));
    }

    [Theory]
    [InlineData("وأوضحت أن هيئة الدفاع ستطعن في الحكم.")]
    [InlineData("يقول الصياد البالغ خمسين عاما إن البحر تغير.")]
    [InlineData("وقالت اللجنة إن النتائج ستعلن غدا.")]
    public void Verbs_and_numbers_after_a_title_or_institution_are_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_nickname_marker_prefers_its_own_word_to_a_place_that_starts_like_it()
    {
        Assert.Equal(["رشيد عمراني", "الصقر"], People("وفاز الملاكم رشيد عمراني، المعروف في مدينته بسكرة بـ\"الصقر\"، بالنزال."));
    }

    [Fact]
    public void A_surname_that_is_a_function_word_counts_alone_only_with_evidence()
    {
        Assert.Equal(["لولا", "لولا"], People("وقال الرئيس البرازيلي لولا إن الاقتصاد ينمو. وأضاف لولا أن الحكومة مستعدة، ولولا الأمطار لتراجع الإنتاج."));
    }

    [Fact]
    public void The_speaker_is_the_title_and_the_discovered_name()
    {
        var text = "وقالت أمينة المتحف الإيطالية كيارا بوسيلي إن المعرض يضم مئة لوحة.";
        var quote = Assert.Single(QuoteExtractor.Default.Extract(new Document("t", text)));
        Assert.NotNull(quote.Speaker);
        Assert.Contains("كيارا بوسيلي", quote.Speaker!.Text);
        Assert.StartsWith("أمينة المتحف", quote.Speaker.Text);
        Assert.Equal("discovered:كيارا بوسيلي", quote.Speaker.Actor);
    }
}
