using Kit.Actors;
using Kit.Analysis;
using Kit.Corpus;
using Kit.Quotes;
using Kit.Tokenization;

namespace Kit.Reporting;

/// <summary>
/// What every report section may need from one cleaned document, computed once by <see cref="AnalysisPipeline.Analyze"/>
/// (layers, mentions, quotes, the clitics profile's terms, the word count), so a streamed report runs it on every core and
/// the report's tallies only add up.
/// </summary>
public sealed record AnalyzedDocument(Document Document, IReadOnlyList<Mention> Mentions)
{
    /// <summary>The base of every word that is not a stopword (clitics profile, default lists); null: not computed.</summary>
    public IReadOnlyList<Term>? Terms { get; init; }

    /// <summary>How many words WordTokenizer finds in the cleaned text; null: not computed.</summary>
    public int? Words { get; init; }

    /// <summary>The finder that made <see cref="Mentions"/> (and named the speakers of <see cref="Quotes"/>); null: not known.</summary>
    public MentionFinder? Finder { get; init; }

    /// <summary>The quotes (bundled verbs and cues, speakers named by Finder's mentions); null: not computed.</summary>
    public IReadOnlyList<Quote>? Quotes { get; init; }

    /// <summary>The layers the analysis read (normalized text, words, sentences); null: not kept.</summary>
    public Layers.TextLayers? Layers { get; init; }

    /// <summary>WordTokenizer's words, counted without making them.</summary>
    public static int CountWords(string text)
    {
        int words = 0;
        int position = 0;
        while (WordBreaker.NextWord(text, ref position, out _, out _, out _)) words++;
        return words;
    }
}
