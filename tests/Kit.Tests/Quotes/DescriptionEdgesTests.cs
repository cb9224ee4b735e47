using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Descriptions of a person whose words the description resolver used to stop at (branch quotes4): an age (البالغة 60
/// عاما، البالغ من العمر), a time phrase before a colon (بعد عودته:), a relative clause (الذي عمل …), امرأة with ال (المرأة),
/// and more person nouns (ناشر، مربي). Sentences written for the test.
/// </summary>
public class DescriptionEdgesTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    // المرأة: امرأة loses its alif after ال; an age in figures follows.
    [InlineData("وجلست سامية نادر أمام بيتها في القرية. وقالت المرأة البالغة 60 عاما: «لم أغادر هذا البيت يوما».")]
    // An age with من العمر, then أن.
    [InlineData("وتعمل سامية نادر في المختبر منذ الصباح. وأكدت الشابة البالغة من العمر 30 عاما أن الأجهزة قديمة.")]
    // A time phrase, then a colon.
    [InlineData("وعاد سامي نادر إلى القرية مساء الأحد. وقال الشاب بعد وصوله إلى البيت: «الطريق كانت طويلة».")]
    // A relative clause about the person, then إن.
    [InlineData("وكان سامي نادر ينتظر على الرصيف. وقال الرجل الذي عمل في الميناء عشرين عاما إن الأجور لم تتغير.")]
    [InlineData("وتوزع سامية نادر الخبز على الجيران. وقالت المرأة التي تسكن الحي منذ طفولتها إن الأسعار ارتفعت.")]
    // Person nouns the list now knows.
    [InlineData("ووقف سامي نادر أمام جناحه في المعرض. وقال الناشر الخمسيني: «بعنا نصف الكتب».")]
    [InlineData("وكان سامي نادر يفرغ الصناديق على الرصيف. وقال المربي الثلاثيني: «لم أر شيئا كهذا».")]
    // An age with من العمر is no place: the woman who spoke before is still the one described.
    [InlineData("لكن سامية نادر، التي تسكن هنا منذ ثلاثين عاما، تقول إن بيتها في خطر. وأضافت المرأة البالغة من العمر 61 عاما: «لن أرحل».")]
    [InlineData("وتشارك الطالبة سامية نادر في العمل مع فريق المختبر. وأكدت الشابة البالغة من العمر 22 عاما أن كل عينة مهمة.")]
    // The sentences inside the quote before are no sentences of the narrator: the man who spoke is still near.
    [InlineData("وقال التلميذ سامي نادر (18 عاما): «سهرت أسابيع. والآن يقولون إن كل شيء ضاع». وأكد الشاب أن زملاءه دفعوا مالا.")]
    [InlineData("ونزلت سامية نادر التي تعمل منذ تسع سنوات في جدة من السفينة. وقالت المرأة الأربعينية إن التذكرة غالية.")]
    // Where the person studies, then a colon.
    [InlineData("وحين وجدت سامية نادر اسمها بين الناجحين، بكت. وقالت التلميذة في الشعبة العلمية: «درست كل ليلة».")]
    public void The_description_points_back_to_the_person_named_before(string text)
    {
        var q = Last(text);
        Assert.True(q.Resolved, $"{q.SpeakerText} / {q.Speaker?.Reason}");
        Assert.Contains("نادر", q.SpeakerText);
    }

    [Fact]
    public void A_relative_clause_with_a_new_name_points_back_to_no_one()
    {
        // A name inside what follows the description: the phrase names its own person, not the one before.
        var q = Last("وكان سامي نادر ينتظر على الرصيف. وقال الرجل الذي عرف نفسه باسم كريم الحلبي إن الأجور لم تتغير.");
        Assert.DoesNotContain("سامي نادر", q.SpeakerText ?? "");
    }
}
