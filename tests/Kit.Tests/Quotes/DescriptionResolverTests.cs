using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>A definite description as subject points back to a person named before; sentences written for the test.</summary>
public class DescriptionResolverTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Fact]
    public void A_description_goes_back_to_the_person_introduced_with_its_words()
    {
        // Two men are named between; the coach was introduced as المدرب الإسباني.
        var q = Last("ودخل المدرب الإسباني سامي نادر إلى القاعة. وصعد كريم الحلبي إلى المنصة مع جون كيري. وقال المدرب الإسباني ضاحكا إنه سيرقص.");
        Assert.Equal(("سامي نادر", true, "description"), (q.SpeakerText, q.Resolved, q.Speaker!.Sieve));
    }

    [Fact]
    public void A_description_goes_back_to_the_one_person_of_the_sentence_before()
    {
        var q = Last("وعند الغروب، عاد أبناء سامي نادر إلى البيت. وقال الرجل السبعيني إن الحصاد كان جيدا.");
        Assert.Equal(("سامي نادر", "description"), (q.SpeakerText, q.Speaker!.Sieve));
    }

    [Fact]
    public void Two_people_in_the_sentence_before_the_description_goes_to_the_first_the_one_the_sentence_is_about()
    {
        // Branch quotes5: this read «الرجل السبعيني» as written (two men, no choice); the one who comes with the subject
        // (مع، برفقة، إلى جانب ابنه) is not the one described.
        var q = Last("والتقى سامي نادر مع كريم الحلبي في السوق. وقال الرجل السبعيني إن الحصاد كان جيدا.");
        Assert.Equal(("سامي نادر", "description"), (q.SpeakerText, q.Speaker!.Sieve));
    }

    [Theory]
    [InlineData("وجلست سامية نادر على الرصيف إلى جانب ابنتها هدى الحلبي. وقالت المرأة الأربعينية إن السوق خال.", "سامية نادر")]
    [InlineData("وتشارك الطالبة سامية نادر في العمل مع فريق هدى الحلبي. وأكدت الشابة البالغة من العمر 22 عاما أن العمل شاق.", "سامية نادر")]
    [InlineData("وتفوق كريم الحلبي في النهائي على سامي نادر. وقال الفائز بعد المباراة إن الموج كان عاليا.", "كريم الحلبي")]
    public void Of_two_who_agree_in_the_sentence_before_the_description_goes_to_the_first(string text, string person)
    {
        var q = Last(text);
        Assert.Equal((person, "description"), (q.SpeakerText, q.Speaker!.Sieve));
    }

    [Fact]
    public void Two_people_in_the_description_own_sentence_still_leave_it_as_written()
    {
        var q = Last("والتقى سامي نادر في السوق مع كريم الحلبي، وقال الرجل السبعيني إن الحصاد كان جيدا.");
        Assert.Equal("الرجل السبعيني", q.SpeakerText);
    }

    [Theory]
    [InlineData("ووقف كريم الحلبي أمام سيارته بعد رحلة طويلة. وقال السائح الكويتي إن الطريق جميل.", "كريم الحلبي")]
    [InlineData("وحملت سامية نادر لافتة في المدرج. وقالت المشجعة الستينية إن الفريق سيفوز.", "سامية نادر")]
    [InlineData("وأوضح الباحث كريم الحلبي أن العينات كثيرة. وقال العالم الفرنسي إن العمل طويل.", "كريم الحلبي")]
    public void More_person_nouns_describe_a_person_named_before(string text, string person)
    {
        var q = Last(text);
        Assert.Equal((person, "description"), (q.SpeakerText, q.Speaker!.Sieve));
    }

    [Fact]
    public void A_description_the_reader_cut_short_before_a_complement_stays_as_written()
    {
        // الطبيب في مستشفى الخرطوم is a phrase about someone new, not the man named before.
        var q = Last("وقال سامي نادر إن الوضع صعب. وقال الطبيب في مستشفى الخرطوم إن الأسرة ممتلئة.");
        Assert.NotEqual("سامي نادر", q.SpeakerText);
    }

    [Fact]
    public void An_age_after_the_description_does_not_cut_it_short()
    {
        // البالغ ثلاثة وستين عاما is his age; the quote stands before the verb.
        var q = Last("يقف سامي نادر على ركام منزله. \"هنا كان بيتي\"، يقول الصياد البالغ ثلاثة وستين عاما.");
        Assert.Equal(("هنا كان بيتي", "سامي نادر", "description"), (q.Text, q.SpeakerText, q.Speaker!.Sieve));
    }
}
