namespace Kit.Tests.Actors;

/// <summary>
/// Error kinds of the thirty-fifth and thirty-sixth blind sets (round people14), each on sentences written for this test
/// (none copied from a set): a body noun after a title, a saint in a building's name, a verb with its object after a title,
/// possessed nouns read as names.
/// </summary>
public class PeopleFinderBlind35KindsTests
{
    private static List<string> People(string text) => FoundPeople.In(text);

    [Theory]
    [InlineData("وقال قائد منتخب بوليفيا ماركو تيراني إن اللاعبين تعبوا.", "ماركو تيراني")]
    [InlineData("وقال رئيس نادي كاراكاس أندريس فيلوسو إن الموسم صعب.", "أندريس فيلوسو")]
    public void A_body_noun_after_a_title_never_starts_the_name(string text, string name)
    {
        var people = People(text);
        Assert.DoesNotContain(people, p => p.StartsWith("منتخب") || p.StartsWith("نادي"));
        Assert.Contains(name, people);
    }

    [Fact]
    public void A_country_after_a_body_noun_is_never_propagated_as_a_surname()
    {
        var people = People("فاز منتخب بوليفيا على ضيفه. وقال قائد منتخب بوليفيا ماركو تيراني إن الفوز مستحق. والكرة في بوليفيا شعبية.");
        Assert.DoesNotContain("بوليفيا", people);
        Assert.DoesNotContain("منتخب بوليفيا", people);
    }

    [Theory]
    [InlineData("تجمع المصلون أمام كاتدرائية القديس أندراوس في وسط المدينة.")]
    [InlineData("وأقيم القداس في كنيسة القديسة تيريزا مساء الأحد.")]
    [InlineData("ويقع دير القديس أنطونيوس على سفح الجبل.")]
    [InlineData("ووصلت الوفود إلى كاتدرائية القديس فرنسيس أسيزي وسط الحشود.")]
    public void A_saint_inside_a_building_name_is_part_of_the_place(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_given_name_after_the_saint_of_a_building_opens_the_person() =>
        Assert.Equal(["سمير داود"], People("ورأى أستاذ التاريخ في جامعة القديس يوسف سمير داود أن الأرشيف ضاع."));

    [Theory]
    [InlineData("وقال إن الحارس سألني عن وجهتي.")]
    [InlineData("وأضافت أن المدير أخبرنا بالقرار صباحا.")]
    [InlineData("وقالت إن الطبيب سألها عن عمرها.")]
    public void A_verb_with_an_object_pronoun_after_a_title_is_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_foreign_given_name_in_na_before_a_family_name_stays_a_name() =>
        Assert.Contains("ميرنا كوستيتش", People("وقالت الخياطة الشابة ميرنا كوستيتش إن الطلب تضاعف."));

    [Theory]
    [InlineData("وقال إن المخيم \"صار بيتي الثاني\" بعد سنوات.")]
    [InlineData("وقالت إن المصنع كان مكتبي الأول قبل التقاعد.")]
    public void A_possessed_noun_before_a_definite_ordinal_is_no_name(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void A_king_with_a_regnal_ordinal_stays_a_name() =>
        Assert.Contains("عبد الله الثاني", People("واستقبل الملك عبد الله الثاني الوفد في عمان."));

    [Theory]
    [InlineData("وقالت: «تعلمت الطبخ على يد أمي وعمري عشر سنوات».")]
    [InlineData("وقال: «سافرت مع أبي وأخي إلى المدينة».")]
    public void A_word_with_wa_after_a_first_person_kinship_noun_is_no_name(string text) =>
        Assert.Empty(People(text));

    [Theory]
    [InlineData("وقال الدكتور باسم حداد إن الوحدة جاهزة.", "باسم حداد")]
    [InlineData("وقال مدير المستشفى الدكتور باسم حداد إن الوحدة جاهزة.", "باسم حداد")]
    [InlineData("وأوضح عميد الكلية الدكتور نبيل عودة أن الامتحانات تأجلت.", "نبيل عودة")]
    public void Two_ordinary_words_after_an_honorific_before_a_boundary_are_a_name(string text, string name) =>
        Assert.Contains(name, People(text));

    [Fact]
    public void Basim_before_a_definite_word_after_a_title_is_on_behalf_of() =>
        Assert.Empty(People("وقال المتحدث باسم الحكومة إن الوحدة جاهزة."));
}
