using Kit.Actors;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Corpus;

namespace Kit.Scale;

/// <summary>
/// One article through every per-article analysis of the kit, in the order a report needs them: cleaning,
/// normalization and tokens (kit profile), actor mentions. Stateless and safe to share between threads; what adds up
/// across articles (counts, co-occurrence) is done by the caller, in article order.
/// </summary>
public sealed class ArticlePipeline(Cleaner? cleaner = null, KitAnalyzer? analyzer = null, MentionFinder? finder = null)
{
    public static ArticlePipeline Default => DefaultLazy.Value;

    private static readonly Lazy<ArticlePipeline> DefaultLazy = new(() => new ArticlePipeline());

    public Cleaner Cleaner { get; } = cleaner ?? Cleaner.Default;

    public KitAnalyzer Analyzer { get; } = analyzer ?? KitAnalyzer.Default;

    public MentionFinder Finder { get; } = finder ?? MentionFinder.Default;

    public AnalyzedArticle Analyze(Document document)
    {
        var cleaned = document.IsCleaned ? document : Cleaner.Clean(document);
        var tokens = Analyzer.Analyze(cleaned.AnalysisText);
        var mentions = Finder.Find(cleaned);
        return new AnalyzedArticle(cleaned, tokens, mentions);
    }
}

/// <summary>An article with what the pipeline found in it; every offset points into Document.Text.</summary>
public sealed record AnalyzedArticle(Document Document, IReadOnlyList<KitToken> Tokens, IReadOnlyList<Mention> Mentions);
