using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A reporting verb joined to a clause whose verb is no reporting verb takes that verb's subject (هنأ رئيس المجلس الفريق
/// وكتب); sentences written for the test, speakers read off by hand.
/// </summary>
public class ClauseSubjectTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    // فيما opens a clause of its own: كتب is the chairman's, not the source's who spoke earlier in the sentence.
    [InlineData("وقال مصدر في المجلس إن اللجنة ستتابع اللاعب، فيما هنأ رئيس المجلس الفريق وكتب في بيان: «مومباي تثبت».", "رئيس المجلس")]
    // A participle has the subject of the verb that opens its sentence, not the previous speaker's.
    [InlineData("وقال مصدر حكومي إن المجلس سيناقش. ورفع رئيس مجلس الأمة الجلسة قائلا: «أنجزنا ما وعدنا».", "رئيس مجلس الأمة")]
    // هنأ is no stop word هنا, though the two are written alike once hamza is dropped.
    [InlineData("وقال أحد المنظمين إن الاتحاد يسعى. وهنأ رئيس الاتحاد الدولي للشطرنج الفائز في رسالة مصورة، وقال إن كازاخستان أصبحت عاصمة.", "رئيس الاتحاد الدولي للشطرنج")]
    // A feminine institution opening the sentence, not the woman who spoke before.
    [InlineData("وشددت زعيمة المحتجين على المطالب. ودعت الحكومة في بيان إلى الحوار، وأعلنت أن رئيس الوزراء سيرسل لجنة.", "الحكومة")]
    // أما names the topic; the verb after it has no subject of its own.
    [InlineData("وقال لافروف إن الحوار مستمر. أما كيري فبدا متفائلا رغم الخلاف، وقال إن الاتفاق قريب.", "كيري")]
    public void The_verb_takes_the_subject_of_the_clause_it_is_joined_to(string text, string speaker)
    {
        var q = Last(text);
        Assert.StartsWith(speaker, q.SpeakerText);
        Assert.Equal(("pronoun", true), (q.Speaker!.Sieve, q.Resolved));
    }

    [Fact]
    public void A_speaker_nearer_than_the_clause_opener_keeps_the_verb()
    {
        // قال names its subject after the clause's opening verb: وأضاف goes back to him.
        var q = Last("وهنأ رئيس الاتحاد الفائز، وقال المدرب سامي نادر إن الفوز مستحق، وأضاف أن الموسم طويل.");
        Assert.Equal("المدرب سامي نادر", q.SpeakerText);
    }

    [Fact]
    public void A_past_verb_after_a_relative_set_off_by_a_comma_has_the_phrase_before_as_its_subject()
    {
        var q = Last("وقال سامي نادر إن الوضع صعب. وحضر المباراة وزير الرياضة الكاميروني، الذي اعتبر في تصريح أن النهائي كان رائعا.");
        Assert.Equal(("وزير الرياضة الكاميروني", "pronoun", true), (q.SpeakerText, q.Speaker!.Sieve, q.Resolved));
    }

    [Fact]
    public void An_institution_the_titles_name_speaks_for_itself()
    {
        // برنامج is an institution's head in speaker-titles.txt: the programme warns, not the man who spoke before.
        var q = Last("وقال سامي نادر إن الوضع صعب. وحذر برنامج الأغذية العالمي في بيان من أن نحو 700 ألف شخص مهددون.");
        Assert.StartsWith("برنامج الأغذية العالمي", q.SpeakerText);
    }

    [Theory]
    // A name opening the clause, an apposition between commas, then the verb: the name is the subject, not the man who spoke before.
    [InlineData("وقال سامي نادر إن الوضع صعب. لكن كريم الحلبي، صاحب مصنع يشغل 1200 عامل في غازيبور، رأى أن التكييف مكلف.")]
    [InlineData("وقال سامي نادر إن الوضع صعب. أما كريم الحلبي، وهو تاجر يعمل في أكرا منذ ثلاثين عاما، فقال إن المهربين كثر.")]
    public void A_subject_set_off_from_its_verb_by_an_aside_is_its_speaker(string text)
    {
        var q = Last(text);
        Assert.Equal(("كريم الحلبي", "pronoun"), (q.SpeakerText, q.Speaker!.Sieve));
    }

    [Fact]
    public void An_acronym_in_brackets_after_an_institution_is_part_of_the_subject()
    {
        var q = Last("وقال سامي نادر إن الوضع صعب. وكان مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) قد أعلن في تقريره أنه سجل 42 اعتداء.");
        // The reader ends the phrase before لتنسيق (a preposition glued on): the office is named, not the man before.
        Assert.Equal(("مكتب الأمم المتحدة", "before-verb"), (q.SpeakerText, q.Speaker!.Sieve));
    }
}
