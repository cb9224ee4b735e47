namespace Kit.Cooccurrence;

/// <summary>
/// How strongly two actors are associated, beyond how often they meet. Probabilities are over windows:
/// N = windows counted (all of them, with or without actors); P(a) = windows mentioning a / N;
/// P(a,b) = windows mentioning both / N. Logarithms are base 2.
/// </summary>
public static class AssociationMeasures
{
    /// <summary>PMI = log2 P(a,b) / (P(a) P(b)): 0 when a and b meet as often as chance predicts, above 0 when more often.</summary>
    public static double Pmi(int both, int a, int b, int total)
    {
        Validate(both, a, b, total);
        return both == 0 ? double.NegativeInfinity : Math.Log2((double)both * total / ((double)a * b));
    }

    /// <summary>
    /// Normalized PMI (Bouma 2009) = PMI / −log2 P(a,b), between −1 (never together) and 1 (always together); rare pairs no
    /// longer get the highest values just for being rare. When P(a,b) = 1 both are in every window: 1.
    /// </summary>
    public static double Npmi(int both, int a, int b, int total)
    {
        Validate(both, a, b, total);
        if (both == 0) return -1;
        if (both == total) return 1;
        return Pmi(both, a, b, total) / -Math.Log2((double)both / total);
    }

    /// <summary>Dice = 2 · windows with both / (windows with a + windows with b): 1 when a and b always appear together.</summary>
    public static double Dice(int both, int a, int b)
    {
        Validate(both, a, b, Math.Max(a, b));
        return a + b == 0 ? 0 : 2.0 * both / (a + b);
    }

    /// <summary>Jaccard = windows with both / windows with a or b.</summary>
    public static double Jaccard(int both, int a, int b)
    {
        Validate(both, a, b, Math.Max(a, b));
        int either = a + b - both;
        return either == 0 ? 0 : (double)both / either;
    }

    private static void Validate(int both, int a, int b, int total)
    {
        if (both < 0 || both > Math.Min(a, b) || Math.Max(a, b) > total || total <= 0)
            throw new ArgumentOutOfRangeException(nameof(both),
                $"Counts must satisfy 0 ≤ both ≤ min(a, b) and a, b ≤ total > 0; got both={both}, a={a}, b={b}, total={total}.");
    }
}
