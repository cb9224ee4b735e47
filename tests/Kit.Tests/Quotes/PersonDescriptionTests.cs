using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// A definite description of a person as the subject (وقال الموظف المتقاعد، وقالت أستاذة الكيمياء) points back to the person named before; sentences written for the test, read off by hand.
/// </summary>
public class PersonDescriptionTests
{
    private static Quote Last(string text) => QuoteExtractor.Default.Extract("t", text)[^1];

    [Theory]
    // A person noun the list now knows (موظف), with a definite adjective: the one man named in the sentence before.
    [InlineData("وجلس سامي نادر أمام بيته في القرية. وقال الموظف المتقاعد إن راتبه لا يكفي.")]
    // A person noun before a definite genitive (أستاذة الكيمياء) is definite too.
    [InlineData("وتقف سامية نادر في المختبر منذ الصباح. وقالت أستاذة الكيمياء إن الأجهزة قديمة.")]
    // Where the person works, then إن with no comma or name between: still the description of the subject.
    [InlineData("وجلس سامي نادر أمام بيته في القرية. وقال العامل في فرق التنظيف البلدية إن الأجور متأخرة.")]
    public void A_description_of_a_person_points_back_to_the_person_named_before(string text)
    {
        var q = Last(text);
        Assert.Equal(("description", true), (q.Speaker!.Sieve, q.Resolved));
        Assert.Contains("نادر", q.SpeakerText);
    }

    [Fact]
    public void A_description_with_a_new_name_after_its_place_points_back_to_no_one()
    {
        // The name after the comma is the subject's own: no pointing back to the man named before.
        var q = Last("وجلس سامي نادر أمام بيته في القرية. وقال الطبيب في مستشفى المدينة، كريم الحلبي، إن الحالات تتزايد.");
        Assert.DoesNotContain("سامي نادر", q.SpeakerText ?? "");
    }
}
