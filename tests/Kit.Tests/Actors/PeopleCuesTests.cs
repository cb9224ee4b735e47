using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// Issue 15, cues beyond titles and given-name lists, and traps of ordinary words: each on sentences written by hand
/// for the test (no text of the gold or blind sets).
/// </summary>
public class PeopleCuesTests
{
    private static List<string> People(string text) => FoundPeople.NamedIn(text);

    [Theory]
    // بركة is an ordinary word ("blessing"): the apposition «، وهي مهندسة» makes the two words a woman's name.
    [InlineData("وتقود مارغو بركة، وهي مهندسة مدنية، فريق الإنقاذ في المدينة.", "مارغو بركة")]
    // Two words no dictionary knows before «، صاحب متجر»: an owner's name.
    [InlineData("لكن بوتشيني مكانغو، صاحب متجر في الميناء، رأى أن الأسعار مرتفعة.", "بوتشيني مكانغو")]
    public void A_name_set_off_by_a_comma_and_an_apposition_is_a_person(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    // A place after a preposition, and a common noun, take the same apposition and are no one.
    [InlineData("ووصلت الشحنة إلى كيسومو، وهي مدينة ساحلية، أمس.")]
    [InlineData("وقال المزارع إن الأرض، وهي ملك للعائلة، تعطي القليل.")]
    public void An_apposition_after_a_place_or_a_common_noun_is_no_person(string text) =>
        Assert.Empty(People(text));

    [Theory]
    // A word no dictionary knows after «جدتي» (my grandmother) is her name; عبد الرحمن after «جدي» is his.
    [InlineData("وقالت: «علمتني جدتي ماكيدا كل شيء عن النحل».", "ماكيدا")]
    [InlineData("وقال: «زرعها جدي عبد الرحمن، رحمه الله، قبل الحرب».", "عبد الرحمن")]
    public void A_name_after_a_noun_of_kinship_is_that_relatives_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Theory]
    // لعلامات، لعاملات: ل on an ordinary word's plural is a preposition's phrase.
    [InlineData("وتبيع المصانع الكبرى لعلامات تجارية غربية.")]
    [InlineData("وصرحت رئيسة نقابة مستقلة لعاملات النسيج بأن الإضراب مستمر.")]
    // ستتضمن: a future verb after a definite noun and its adjective is the noun's predicate.
    [InlineData("وقال أحد المنظمين إن النسخة المقبلة ستتضمن جائزة للشباب.")]
    // الأشجار: a broken plural heads no role; بشكل عشوائي is an adverbial.
    [InlineData("وحذرت الخبيرة من أن زراعة الأشجار بشكل عشوائي تضر بالتربة.")]
    // مني and علي written with ي are "from me" and "on me", and مرتين (twice) is the dual of مرة.
    [InlineData("قالت العاملة: «طلب مني العودة إلى العمل بعد أن أغمي علي مرتين».")]
    public void Ordinary_words_behind_prepositions_future_verbs_and_pronouns_are_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void Alif_lam_with_a_hamza_is_no_article()
    {
        // ألكسيس: أل with a hamza starts a foreign name; the article is written without one.
        Assert.Equal(["ألكسيس دومينيك"], People("وأوضح الباحث ألكسيس دومينيك أن العينات سليمة."));
        Assert.Equal(["ألكسيس دومينيك"], People("وقال ألكسيس دومينيك، مدرب الفريق، إن اللاعبين تعبوا."));
    }

    [Fact]
    public void A_short_family_name_before_two_hyphened_syllables_is_an_east_asian_name_and_its_family_name_comes_first()
    {
        // No title, no list: the shape «X Y-Z» is the name; later «تشوي» alone is the same person (the family name first).
        Assert.Equal(["تشوي هيون-سو", "تشوي"], People("وتعمل تشوي هيون-سو في المصنع منذ سنوات. وأضافت تشوي أن الأجور منخفضة."));
        // Two ordinary words of a compound (شمال-جنوب) and a noun in ة before them are no name.
        Assert.Empty(People("وتمتد حالة الطوارئ على طريق شمال-جنوب."));
    }

    [Fact]
    public void Words_no_dictionary_knows_coordinated_with_a_persons_name_are_a_name()
    {
        // سيريل أتانغانا starts with a given name; the two unknown words joined to it by و are another player.
        Assert.Equal(["كوامي ندونغو", "سيريل أتانغانا"], People("وقرر المدرب إشراك كوامي ندونغو وسيريل أتانغانا في الشوط الثاني."));
    }

    [Fact]
    public void A_known_person_inside_the_name_of_a_prize_or_a_place_is_no_mention_of_the_person()
    {
        // سلمان is a gazetteer alias (King Salman); after كأس and a given name with بن it is the trophy's name.
        Assert.Empty(People("وتوج السائق بكأس عيسى بن سلمان أمس."));
        // The same alias as the person, after a title, stays.
        Assert.Equal(["سلمان"], People("وقال الملك سلمان إن المملكة مستعدة."));
    }

    [Fact]
    public void A_given_names_run_stops_before_a_second_person_joined_by_wa()
    {
        // سيريل أتانغانا is one person; «وإيسيدرو كوندوري» after it is another, not the third and fourth words of the first.
        Assert.Equal(["سيريل أتانغانا", "إيسيدرو كوندوري"], People("وأصيب ثلاثة، بينهم سيريل أتانغانا وإيسيدرو كوندوري، ونقلوا إلى مستشفى."));
        // A foreign surname that starts with و stays in the name when nothing follows it.
        Assert.Equal(["دنزل ويلسون"], People("وقال الممثل دنزل ويلسون إن الفيلم جيد."));
    }

    [Theory]
    // Two names no list knows after بينهم: the run of the first stops before the و of the second (وفيليسانو is no third
    // word of the first name).
    [InlineData("وأصيب خمسة أشخاص، بينهم إيلاريو ماريكادو وفيليسانو كواتيمبو، ونقلوا إلى مستشفى.")]
    [InlineData("واعتقل اثنان، بينهم إيلاريو ماريكادو وفيليسانو كواتيمبو اللذان أفرج عنهما لاحقا.")]
    public void Two_unknown_names_after_a_clause_particle_are_two_people(string text) =>
        Assert.Equal(["إيلاريو ماريكادو", "فيليسانو كواتيمبو"], People(text));

    [Theory]
    // Given names added by hand in round people2 (Persian, Slavic, Italian): each opens a name.
    [InlineData("وقالت فرزانة موحدي إن المدارس أغلقت.", "فرزانة موحدي")]
    [InlineData("وقال ياروسلاف كوفالينكو إن القطار تأخر.", "ياروسلاف كوفالينكو")]
    [InlineData("وأكد لورينزو بيانكاردي أن المصنع سيفتح.", "لورينزو بيانكاردي")]
    public void A_common_given_name_opens_a_name(string text, string name) =>
        Assert.Equal([name], People(text));

    [Fact]
    // ليلا is "at night", not Leila: it stays out of the given names.
    public void An_adverb_that_sounds_like_a_name_is_no_one() =>
        Assert.Empty(People("ولا يعمل في الدار ليلا سوى ثلاثة ممرضين."));

    [Fact]
    // نصر is "victory": alone it is a person only after the full name, as the topic of أما … فـ.
    public void A_surname_that_is_a_word_after_amma_and_its_fa_answer_is_the_person()
    {
        var people = People("وفاز السائق هشام نصر بالسباق الأول. أما نصر فبدا سعيدا بالنتيجة.");
        Assert.Equal(["هشام نصر", "نصر"], people);
        // Without a full name before it the word stays a word.
        Assert.Empty(People("أما نصر فبدا بعيدا عن الفريق."));
    }

    [Fact]
    // وعد is "promise": after the full name, joined by و to another person named here, it is her.
    public void A_surname_that_is_a_word_joined_to_a_named_person_is_the_person()
    {
        var people = People("وقالت المهندسة سارة وعد إن المشروع تأخر. وشكر المدير الفريق بجهود أوسكار ميلندو ووعد.");
        Assert.Equal(["سارة وعد", "أوسكار ميلندو", "وعد"], people);
    }

    [Fact]
    // A word no dictionary knows before a definite ordinal is a king's name; a month (تشرين الثاني) and a temple named
    // after the king are not.
    public void A_regnal_name_is_a_person_but_not_a_month_or_a_temple()
    {
        Assert.Equal(["أوسركون الثاني"], People("وقال الخبير إن أوسركون الثاني قاد سبع عشرة حملة."));
        Assert.Empty(People("وبدأت الحفريات في تشرين الثاني وانتهت في كانون الثاني."));
        Assert.Empty(People("وعثر العمال على تمثال في معبد أوسركون الثاني بالأقصر."));
    }
}
