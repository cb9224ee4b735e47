using Kit.Actors;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Corpus;
using Kit.Quotes;

namespace Kit.Scale;

/// <summary>
/// One article through every per-article analysis of the kit, in the order a report needs them: cleaning,
/// normalization and tokens (kit profile), actor mentions, quotes (their speakers named by those mentions).
/// Stateless and safe to share between threads; what adds up across articles (counts, co-occurrence) is done by the
/// caller, in article order.
/// </summary>
public sealed class ArticlePipeline
{
    public ArticlePipeline(Cleaner? cleaner = null, KitAnalyzer? analyzer = null, MentionFinder? finder = null, QuoteExtractor? quotes = null)
    {
        Cleaner = cleaner ?? Cleaner.Default;
        Analyzer = analyzer ?? KitAnalyzer.Default;
        Finder = finder ?? MentionFinder.Default;
        Quotes = quotes ?? (ReferenceEquals(Finder, MentionFinder.Default) ? QuoteExtractor.Default : new QuoteExtractor(Finder));
    }

    public static ArticlePipeline Default => DefaultLazy.Value;

    private static readonly Lazy<ArticlePipeline> DefaultLazy = new(() => new ArticlePipeline());

    public Cleaner Cleaner { get; }

    public KitAnalyzer Analyzer { get; }

    public MentionFinder Finder { get; }

    public QuoteExtractor Quotes { get; }

    public AnalyzedArticle Analyze(Document document)
    {
        var cleaned = document.IsCleaned ? document : Cleaner.Clean(document);
        var tokens = Analyzer.Analyze(cleaned.AnalysisText);
        var mentions = Finder.Find(cleaned);
        // The extractor finds speakers with its own finder: the mentions are reused only when it is the same one.
        var quotes = ReferenceEquals(Quotes.Finder, Finder) ? Quotes.Extract(cleaned, mentions) : Quotes.Extract(cleaned);
        return new AnalyzedArticle(cleaned, tokens, mentions, quotes);
    }
}

/// <summary>An article with what the pipeline found in it; every offset points into Document.Text.</summary>
public sealed record AnalyzedArticle(Document Document, IReadOnlyList<KitToken> Tokens, IReadOnlyList<Mention> Mentions, IReadOnlyList<Quote> Quotes);
