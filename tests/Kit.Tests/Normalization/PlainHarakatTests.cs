using System.Text;
using Kit.Normalization.Steps;

namespace Kit.Tests.Normalization;

/// <summary>The shortcut that spares ICU the usual Arabic cluster (a letter and its harakat) must agree with NFKC.</summary>
public class PlainHarakatTests
{
    [Fact]
    public void Every_stable_base_with_one_or_two_ascending_harakat_is_kept_by_nfkc()
    {
        int checkedClusters = 0;
        for (int b = 0; b <= 0xFFFF; b++)
        {
            char baseChar = (char)b;
            if (!UnicodeCompatibilityStep.IsStable(baseChar) || UnicodeCompatibilityStep.IsCombining(baseChar)) continue;
            for (char first = '\u064B'; first <= '\u0652'; first++)
            for (char second = first; second <= '\u0653'; second++)
            {
                string one = $"{baseChar}{first}";
                Assert.True(UnicodeCompatibilityStep.IsPlainHarakat(one));
                Assert.Equal(one, one.Normalize(NormalizationForm.FormKC));
                string two = $"{baseChar}{first}{second}";
                if (!UnicodeCompatibilityStep.IsPlainHarakat(two)) continue; // U+0653 is no plain haraka
                Assert.Equal(two, two.Normalize(NormalizationForm.FormKC));
                checkedClusters++;
            }
        }
        Assert.True(checkedClusters > 10_000);
    }

    [Theory]
    [InlineData("\u0627\u0653")] // alef + madda composes into آ
    [InlineData("\u0627\u0654")] // alef + hamza above composes into أ
    [InlineData("\u0627\u0651\u064E")] // shadda before fatha: NFKC reorders them
    [InlineData("\uFE8D\u064E")] // a presentation form is no stable base
    [InlineData("\u0610\u064B")] // a mark as base: NFKC moves fathatan before it
    public void Clusters_nfkc_may_change_are_left_to_icu(string cluster) =>
        Assert.False(UnicodeCompatibilityStep.IsPlainHarakat(cluster));
}
