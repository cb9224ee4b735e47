using Kit.Actors;
using Kit.Analysis;
using Kit.Corpus;
using Kit.Quotes;
using Kit.Tokenization;

namespace Kit.Reporting;

/// <summary>
/// What every report section may need from one cleaned document, computed once. <see cref="Of"/> does the heavy part
/// (mentions, quotes, the kit profile's terms, the word count), so a streamed report runs it on every core and the
/// sections only add up.
/// </summary>
public sealed record DocumentAnalysis(Document Document, IReadOnlyList<Mention> Mentions)
{
    /// <summary>The base of every word that is not a stopword (kit profile, default lists); null: not computed.</summary>
    public IReadOnlyList<Term>? Terms { get; init; }

    /// <summary>How many words WordTokenizer finds in the cleaned text; null: not computed.</summary>
    public int? Words { get; init; }

    /// <summary>The finder that made <see cref="Mentions"/> (and named the speakers of <see cref="Quotes"/>); null: not known.</summary>
    public MentionFinder? Finder { get; init; }

    /// <summary>The quotes (bundled verbs and cues, speakers named by Finder's mentions); null: not computed.</summary>
    public IReadOnlyList<Quote>? Quotes { get; init; }

    public static DocumentAnalysis Of(Document cleaned, MentionFinder finder)
    {
        var mentions = finder.Find(cleaned);
        return new(cleaned, mentions)
        {
            Finder = finder,
            // The bundled extractor speaks through the bundled finder only; with another finder the quotes section finds its own.
            Quotes = ReferenceEquals(finder, MentionFinder.Default) ? QuoteExtractor.Default.Extract(cleaned, mentions) : null,
            Terms = KitAnalyzer.Default.Terms(cleaned.AnalysisText),
            Words = CountWords(cleaned.AnalysisText),
        };
    }

    /// <summary>WordTokenizer's words, counted without making them.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        int position = 0;
        while (WordBreaker.NextWord(text, ref position, out _, out _, out _)) words++;
        return words;
    }
}
