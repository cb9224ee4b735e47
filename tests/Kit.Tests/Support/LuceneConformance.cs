using Kit.Analysis;

namespace Kit.Tests.Support;

/// <summary>What the lucene profile is allowed to do differently from Lucene.Net, and how a difference is reported.</summary>
public static class LuceneConformance
{
    /// <summary>
    /// The one difference by design, the "tatweel-only word": a word made of tatweel (U+0640) and the marks Lucene's
    /// normalizer deletes (U+064B..U+0652) normalizes to nothing; Lucene emits an empty term for it, the kit none.
    /// </summary>
    public static bool IsEmptyTermByDesign(string text, Term term) =>
        term.Text.Length == 0 && text[term.Start..term.End].All(c => c is '\u0640' or >= '\u064B' and <= '\u0652');

    /// <summary>The first term where two streams part, with the text and both terms as code points.</summary>
    public static string Difference(string text, IReadOnlyList<Term> lucene, IReadOnlyList<Term> kit)
    {
        int i = 0;
        while (i < lucene.Count && i < kit.Count && lucene[i] == kit[i]) i++;
        string Describe(IReadOnlyList<Term> terms) => i < terms.Count
            ? $"{terms[i].Start}..{terms[i].End} \"{terms[i].Text}\" [{LuceneNet.CodePoints(terms[i].Text)}] over [{LuceneNet.CodePoints(text[terms[i].Start..terms[i].End])}]"
            : "nothing more";
        return $"term {i} differs: Lucene.Net {Describe(lucene)}; kit {Describe(kit)}.\n" +
               $"text ({text.Length} UTF-16 units): [{LuceneNet.CodePoints(text)}]";
    }
}
