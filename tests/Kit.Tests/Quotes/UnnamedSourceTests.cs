using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// Branch quotes4: a lone definite noun (وأضاف المصدر) points back to the latest unnamed speaker written with the same
/// noun (مصدر في غرفة التجارة), not to the latest named speaker. Sentences written for the test.
/// </summary>
public class UnnamedSourceTests
{
    [Fact]
    public void The_source_points_back_to_the_source()
    {
        const string text = "وقال مصدر في غرفة التجارة إن الرسوم مرتفعة. وقال سامي نادر إن العمال ينتظرون. وأضاف المصدر: «إذا بقيت الرسوم سيعود التجار إلى الشاحنات».";
        var q = QuoteExtractor.Default.Extract("t", text)[^1];
        Assert.StartsWith("مصدر", q.SpeakerText);
        Assert.Equal(text.IndexOf("مصدر", StringComparison.Ordinal), q.Speaker!.Start);
        Assert.Null(q.Actor);
    }
}
