using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>Branch quotes6: أجاب with a colon, نبه إلى أن, رد بأن, and a subject between كان and قد; sentences written for the test.</summary>
public class MoreSpeechVerbsTests
{
    private static IReadOnlyList<Quote> All(string text) => QuoteExtractor.Default.Extract("t", text);

    [Theory]
    [InlineData("وعندما سأله القاضي عن الرجل، أجاب كريم الحلبي: «لا أعرف اسمه».", "أجاب", "لا أعرف اسمه")]
    [InlineData("وقال كريم الحلبي إن العمل بدأ. لكنه نبه إلى أن الأسر ما زالت تخاف.", "نبه", "الأسر ما زالت تخاف")]
    [InlineData("لكن المحامي كريم الحلبي رد بأن موكله نفذ التصاميم كما وصلته.", "رد", "موكله نفذ التصاميم كما وصلته")]
    public void A_speech_verb_gives_a_quote(string text, string verb, string content)
    {
        var q = All(text).Last();
        Assert.Equal(verb, q.Verb);
        Assert.Contains(content, q.Text);
        Assert.Contains("الحلبي", q.SpeakerText);
    }

    [Fact]
    public void The_noun_reply_gives_no_quote()
    {
        Assert.Empty(All("وجاء رد الحكومة سريعا على الرسالة."));
    }

    [Fact]
    public void An_unknown_institution_between_a_copula_and_qad_is_the_subject()
    {
        var q = All("وكانت الهيئة العامة لتسويق الحبوب قد أعلنت الشهر الماضي أن الأسعار ستبقى على حالها.").Single();
        Assert.Equal("الهيئة العامة لتسويق الحبوب", q.SpeakerText);
        Assert.Contains("الأسعار ستبقى", q.Text);
    }
}
