using System.Globalization;
using System.Text;

namespace Kit.Normalization.Steps;

/// <summary>Unicode NFKC, one base character and its combining marks at a time so offsets survive.</summary>
public sealed class UnicodeCompatibilityStep : NormalizationStep
{
    public override string Name => "nfkc";

    public override string Explanation =>
        "Unicode NFKC: presentation forms and ligatures (ﻷ U+FEF7) become ordinary letters (لأ), odd spaces become spaces.";

    public override void Apply(ReadOnlySpan<char> input, OffsetWriter output)
    {
        int i = 0;
        while (i < input.Length)
        {
            int end = ClusterEnd(input, i);
            if (end == i + 1 && IsStable(input[i]))
            {
                output.Keep(input[i], i);
            }
            else if (NormalizeCluster(input[i..end]) is { } normalized)
            {
                output.Replace(normalized, i, end);
            }
            else
            {
                for (int k = i; k < end; k++) output.Keep(input[k], k);
            }
            i = end;
        }
    }

    /// <summary>The NFKC form of one cluster, or null when NFKC leaves it as it is (shared with the fused normalizer).</summary>
    internal static string? NormalizeCluster(ReadOnlySpan<char> input)
    {
        if (IsPlainHarakat(input)) return null; // the usual Arabic cluster: no need to ask ICU
        string cluster = input.ToString();
        string normalized = Normalize(cluster);
        return normalized == cluster ? null : normalized;
    }

    // A stable base that is no mark itself, followed by harakat U+064B..U+0652 in ascending order: NFKC keeps it. Those
    // marks compose with no base (only U+0653..U+0655 do) and their combining classes (27..34) rise with their code
    // points, so none moves (a mark as base, U+0610 say, may be moved after them: left to ICU).
    internal static bool IsPlainHarakat(ReadOnlySpan<char> cluster)
    {
        if (cluster.Length < 2 || !IsStable(cluster[0]) || IsCombining(cluster[0])) return false;
        for (int i = 1; i < cluster.Length; i++)
            if (cluster[i] is < '\u064B' or > '\u0652' || i > 1 && cluster[i] < cluster[i - 1]) return false;
        return true;
    }

    // A base character with the combining marks (and low surrogate) that follow it.
    internal static int ClusterEnd(ReadOnlySpan<char> input, int start)
    {
        int i = start + 1;
        if (char.IsHighSurrogate(input[start]) && i < input.Length && char.IsLowSurrogate(input[i])) i++;
        while (i < input.Length && IsCombining(input[i])) i++;
        return i;
    }

    internal static bool IsCombining(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // Characters NFKC leaves alone when no mark follows: ASCII and the Arabic block (but U+0675..U+0678).
    internal static bool IsStable(char c) =>
        c < '\u00A0' || (c >= '\u0600' && c <= '\u06FF' && (c < '\u0675' || c > '\u0678'));

    // Lone surrogates and noncharacters (U+FFFE) make string.Normalize throw: such a cluster is kept as it is.
    private static string Normalize(string cluster)
    {
        if (!IsWellFormed(cluster)) return cluster;
        try
        {
            return cluster.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return cluster;
        }
    }

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(s[i])) return false;
        }
        return true;
    }
}
