using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes7: a description with no name as the subject of a speech verb (an age phrase البالغ من العمر N عاما, an age
/// nisba, ابن + an ordinal, an occupation with a place, أرملة …) points back to the last person of matching gender named
/// before it; sentences written for the test.
/// </summary>
public class DescriptionPointsBackTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    [InlineData("ثم سجل كريم الحلبي هدف الفوز في الدقيقة 90 برأسية. وقال المهاجم البالغ من العمر 21 عاما: «لم أصدق ما حدث. الهدف للجميع».", "كريم الحلبي")]
    [InlineData("وفي المخيم، وقفت سامية نادر في طابور طويل مع طفلها. وقالت الأم البالغة من العمر 30 عاما: «مشينا أياما كثيرة».", "سامية نادر")]
    [InlineData("وكان أفضل لاعب في المباراة الضارب الشاب كريم الحلبي. وقال الحلبي: «لعبت أمام أهلي». وأوضح الضارب البالغ من العمر 20 عاما أن مدربه علمه الصبر.", "الحلبي")]
    [InlineData("وأمام المحطة، انتظرت هدى الحلبي أكثر من ساعتين. وقالت الموظفة في شركة خاصة إن رحلتها إلى العمل طويلة.", "هدى الحلبي")]
    [InlineData("وفي الزاوية، جلست سامية نادر تستمع إلى الإنشاد. وقالت المعلمة المتقاعدة إن والدها كان يصطحبها إلى هنا.", "سامية نادر")]
    [InlineData("وعلى الرصيف، تبيع سامية نادر السمك على طاولة خشبية. وقالت أرملة البحار: «زوجي لم ير هذا اليوم».", "سامية نادر")]
    [InlineData("وسجل كريم الحلبي الهدف الوحيد في الدقيقة 70. وقال ابن العشرين بعد المباراة: «حلمت بهذا الهدف».", "كريم الحلبي")]
    [InlineData("وفاز كريم الحلبي بالسباق في الدقيقة الأخيرة. وقال ابن التاسعة عشرة للصحفيين: «لم أتوقع الفوز».", "كريم الحلبي")]
    [InlineData("وفازت سامية نادر بالسباق. وقالت ابنة العشرين بعد السباق: «لم أتوقع الفوز».", "سامية نادر")]
    [InlineData("وفي القرية، يتذكر كريم الحلبي، الذي ولد قبل ستين عاما هناك، أيام النهر. وقال الرجل الستيني إن الأطفال كانوا يسبحون فيه.", "كريم الحلبي")]
    public void A_description_with_no_name_points_back_to_the_person_just_introduced(string text, string person)
    {
        var q = Last(text);
        Assert.False(string.IsNullOrEmpty(q.SpeakerText), q.Speaker?.Reason);
        Assert.True(q.SpeakerText!.Contains(person) || person.Contains(q.SpeakerText), $"{q.SpeakerText} [{q.Speaker?.Actor}] {q.Speaker?.Resolved}: {q.Speaker?.Reason}");
    }
}
