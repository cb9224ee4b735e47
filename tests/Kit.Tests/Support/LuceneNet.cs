using Kit.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Kit.Tests.Support;

/// <summary>
/// Lucene.Net's own ArabicAnalyzer (4.8.0-beta00017, matchVersion 4.8), read the way Lucene documents it: a token
/// stream, its term and offset attributes, Reset, IncrementToken until false, End, Dispose. The reference the kit's
/// lucene profile is held to in process.
/// </summary>
public static class LuceneNet
{
    // An analyzer reuses one token stream per thread, so one instance serves tests running in parallel.
    private static readonly ArabicAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    public static List<Term> Analyze(string text)
    {
        var terms = new List<Term>();
        using var stream = Analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(new Term(term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return terms;
    }

    /// <summary>A term's text as code points (U+0627 U+0644 …), for failure messages about invisible characters.</summary>
    public static string CodePoints(string text) =>
        string.Join(' ', EnumerateRunes(text).Select(r => $"U+{r:X4}"));

    // Runes, with a lone surrogate shown as itself.
    private static IEnumerable<int> EnumerateRunes(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else yield return text[i];
        }
    }
}
