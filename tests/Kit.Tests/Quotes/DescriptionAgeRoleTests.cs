using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes6: a description with an age or a role as the subject of a speech verb (الرجل الستيني، الأم الأربعينية،
/// ربة البيت الخمسينية، المتقاعد الذي عمل …) points back to the person the text is about; sentences written for the test.
/// </summary>
public class DescriptionAgeRoleTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    [InlineData("وفي الساحة، رفعت سامية نادر صورة ابنتها هدى. وقالت الأم الأربعينية: «لا أريد شيئا غير الحقيقة».", "سامية نادر")]
    [InlineData("وقال المزارع كريم الحلبي، الذي ينتظر منذ يومين، إن السعر منخفض. وأضاف الرجل الستيني: «زرعت القليل هذا العام».", "كريم الحلبي")]
    [InlineData("وعلى سرير قريب، كانت سامية نادر تقرأ كتابا. وقالت ربة البيت الخمسينية: «أنا متعبة من السفر».", "سامية نادر")]
    [InlineData("وتشارك في المشروع الطالبة هدى الحلبي، وهي ابنة أخت سامي نادر. وقالت الباحثة الشابة إن العمل شاق.", "هدى الحلبي")]
    [InlineData("وفي القاعة، قال كريم الحلبي (70 عاما)، الذي جاء متأخرا، إنه انتظر طويلا. وأضاف المتقاعد الذي عمل معلما في القرية: «لا ألوم أحدا».", "كريم الحلبي")]
    [InlineData("وعلى مقعد شاحنته، انتظر كريم الحلبي دوره منذ ساعات. وقال المزارع القادم من قرية بعيدة: «زرعت القمح ولم أحصد».", "كريم الحلبي")]
    [InlineData("وبين الأكشاك، يدفع كريم الحلبي عربة محملة. وقال الحمال البالغ من العمر 19 عاما إن دخله قليل.", "كريم الحلبي")]
    [InlineData("وفي خيمة، كانت سامية نادر تفرد زربية. وقالت النساجة التي تعمل على النول منذ عشرين عاما: «هذه القطعة جميلة».", "سامية نادر")]
    [InlineData("ومن بينهم كريم الحلبي، وهو معلم متقاعد. وقال الحلبي إن الرحلة طويلة. وتابع المعلم المتقاعد: «كنت متعبا كل يوم».", "كريم الحلبي")]
    public void A_description_with_an_age_or_a_role_points_back_to_the_person_described(string text, string person)
    {
        // The speaker is the person or a later mention of them (الحلبي for كريم الحلبي).
        var q = Last(text);
        Assert.False(string.IsNullOrEmpty(q.SpeakerText));
        Assert.Contains(q.SpeakerText, person);
    }

    [Fact]
    public void With_no_name_found_a_description_goes_back_to_the_latest_speaker_written_as_a_person()
    {
        // «خلف» is also "behind": the finder may not read the name, but the speaker phrase opens with a person noun.
        var q = Last("وقال المزارع خلف الحمود، الذي ينتظر منذ يومين، إن السعر منخفض. وأضاف الرجل الستيني: «زرعت القليل هذا العام».");
        Assert.Equal("description", q.Speaker!.Sieve);
        Assert.Contains("الحمود", q.SpeakerText);
    }

    [Fact]
    public void A_description_does_not_go_back_to_an_unnamed_official()
    {
        var q = Last("وقال مسؤول في الوزارة إن السعر منخفض. وأضاف الرجل الستيني: «زرعت القليل هذا العام».");
        Assert.Equal("الرجل الستيني", q.SpeakerText);
    }
}
