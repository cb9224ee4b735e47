using Kit.Cooccurrence;

namespace Kit.Tests.Cooccurrence;

/// <summary>Each measure on counts worked out by hand (log2 values from a calculator).</summary>
public class AssociationMeasuresTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Pmi_is_log2_of_observed_over_expected()
    {
        // 2 of 7 windows hold both, a and b are each in 3: P(a,b)/(P(a)P(b)) = (2/7)/((3/7)(3/7)) = 14/9; log2(14/9) = 0.63742992…
        Assert.Equal(0.6374299206, AssociationMeasures.Pmi(2, 3, 3, 7), Precision);
        // Independence: a in 2 of 4, b in 2 of 4, both in 1 = 4·(1/2)(1/2): PMI 0.
        Assert.Equal(0, AssociationMeasures.Pmi(1, 2, 2, 4), Precision);
        // Fewer together than chance: both in 1 of 10, each in 5: 10/25 = 0.4; log2 0.4 = −1.32192809…
        Assert.Equal(-1.3219280949, AssociationMeasures.Pmi(1, 5, 5, 10), Precision);
        Assert.Equal(double.NegativeInfinity, AssociationMeasures.Pmi(0, 5, 5, 10));
    }

    [Fact]
    public void Npmi_divides_by_minus_log2_of_the_joint_probability()
    {
        // log2(14/9) / −log2(2/7) = 0.63742992 / 1.80735492 = 0.35268663…
        Assert.Equal(0.3526866322, AssociationMeasures.Npmi(2, 3, 3, 7), Precision);
        // Always together (a and b only in the same 2 of 3 windows): log2(3/2) / −log2(2/3) = 1.
        Assert.Equal(1, AssociationMeasures.Npmi(2, 2, 2, 3), Precision);
        Assert.Equal(1, AssociationMeasures.Npmi(4, 4, 4, 4), Precision);
        Assert.Equal(-1, AssociationMeasures.Npmi(0, 1, 1, 4), Precision);
    }

    [Fact]
    public void Dice_and_jaccard_compare_the_shared_windows_with_each_actors_windows()
    {
        // Both in 2, a in 3, b in 3: Dice 2·2/6 = 2/3; Jaccard 2/(3+3−2) = 1/2.
        Assert.Equal(2.0 / 3, AssociationMeasures.Dice(2, 3, 3), Precision);
        Assert.Equal(0.5, AssociationMeasures.Jaccard(2, 3, 3), Precision);
        // Both in 1, a in 3, b in 1: Dice 2/4; Jaccard 1/3.
        Assert.Equal(0.5, AssociationMeasures.Dice(1, 3, 1), Precision);
        Assert.Equal(1.0 / 3, AssociationMeasures.Jaccard(1, 3, 1), Precision);
        Assert.Equal(1, AssociationMeasures.Dice(5, 5, 5), Precision);
        Assert.Equal(0, AssociationMeasures.Jaccard(0, 2, 3), Precision);
    }

    [Fact]
    public void On_every_small_count_jaccard_is_dice_over_two_minus_dice_and_npmi_stays_between_minus_one_and_one()
    {
        for (int total = 1; total <= 8; total++)
        for (int a = 1; a <= total; a++)
        for (int b = 1; b <= total; b++)
        for (int both = Math.Max(0, a + b - total); both <= Math.Min(a, b); both++) // at least a+b−total windows must hold both
        {
            double dice = AssociationMeasures.Dice(both, a, b);
            Assert.Equal(dice / (2 - dice), AssociationMeasures.Jaccard(both, a, b), Precision);
            double npmi = AssociationMeasures.Npmi(both, a, b, total);
            Assert.InRange(npmi, -1 - Precision, 1 + Precision);
        }
    }

    [Theory]
    [InlineData(3, 2, 5, 10)] // more windows with both than with a
    [InlineData(1, 11, 5, 10)] // a in more windows than there are
    [InlineData(-1, 2, 2, 4)]
    [InlineData(0, 0, 0, 0)]
    public void Impossible_counts_are_refused(int both, int a, int b, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AssociationMeasures.Pmi(both, a, b, total));
    }
}
