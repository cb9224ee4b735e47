using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Cooccurrence;
using Kit.Corpus;
using Kit.Layers;
using Kit.Lexicon;
using Kit.Quotes;

namespace Kit.Reporting;

/// <summary>
/// The kit's analysis, built once from its options (Markdig's pipeline, in small): each document's layers are made
/// once (normalized text, words, sentences), then its mentions, quotes (their speakers named by those mentions) and
/// terms read them. What kit report, kit entities, kit quotes, kit cooccurrence and kit bench run. Safe to share
/// between threads; what adds up across documents is done by the report's tallies, in document order.
/// </summary>
public sealed class AnalysisPipeline
{
    public AnalysisPipeline(PipelineOptions? options = null)
    {
        Options = options ?? new PipelineOptions();
        Cleaner = Options.Cleaner ?? Cleaner.Default;
        // People are discovered with this pipeline's names, verbs and titles: a verb or title of an instructor's own file opens a name too.
        var people = Options.Names is null && Options.Verbs is null && Options.Titles is null ? null
            : new PeopleFinder(TitlePatterns.Default, Options.Names ?? NameLexicon.Default, Options.Verbs ?? ReportingVerbs.Default, Options.Titles);
        Finder = Options.Gazetteer is null && people is null ? MentionFinder.Default.WithDiscovery(Options.DiscoverPeople)
            : new MentionFinder(Options.Gazetteer ?? Gazetteer.Default, Options.DiscoverPeople, people);
        Analyzer = Options.Analyzer ?? ArabicTermAnalyzer.Default;
        // The extractor names speakers with this pipeline's finder (its names too): the mentions found once serve both.
        Quotes = IsBundled(Options) ? QuoteExtractor.Default : new QuoteExtractor(Finder, Options.Verbs, Options.Titles);
        Cooccurrence = (Options.Cooccurrence ?? CooccurrenceOptions.Default).Validated();
    }

    /// <summary>The bundled configuration.</summary>
    public static AnalysisPipeline Default => DefaultLazy.Value;

    private static readonly Lazy<AnalysisPipeline> DefaultLazy = new(() => new AnalysisPipeline());

    // The bundled gazetteer, verbs and discovery: the bundled extractor (its tables are built once per process) serves.
    private static bool IsBundled(PipelineOptions o) => o.Gazetteer is null && o.DiscoverPeople && o.Verbs is null && o.Names is null && o.Titles is null;

    public PipelineOptions Options { get; }

    public Cleaner Cleaner { get; }

    public MentionFinder Finder { get; }

    public Gazetteer Gazetteer => Finder.Gazetteer;

    public ArabicTermAnalyzer Analyzer { get; }

    public QuoteExtractor Quotes { get; }

    public CooccurrenceOptions Cooccurrence { get; }

    /// <summary>The document cleaned by this pipeline's rules (a cleaned document is left as it is).</summary>
    public Document Clean(Document document) => document.IsCleaned ? document : Cleaner.Clean(document);

    /// <summary>
    /// Everything the kit finds in one cleaned document, each layer made once. collectExamples: keep examples of what
    /// each normalization step changed (the report shows those of its first documents). stages: what a command reads
    /// beyond the layers and mentions (kit entities needs no quotes); those left out stay null.
    /// </summary>
    public AnalyzedDocument Analyze(Document cleaned, bool collectExamples = false, AnalysisStages stages = AnalysisStages.All)
    {
        var layers = TextLayers.Of(cleaned, collectExamples);
        var mentions = Finder.Find(layers);
        return new AnalyzedDocument(cleaned, mentions)
        {
            Layers = layers,
            Finder = Finder,
            Quotes = stages.HasFlag(AnalysisStages.Quotes) ? Quotes.Extract(layers, mentions) : null,
            Terms = stages.HasFlag(AnalysisStages.Terms) ? Analyzer.Terms(layers) : null,
            Words = layers.Words.Count,
        };
    }
}

/// <summary>The stages of <see cref="AnalysisPipeline.Analyze"/> beyond the layers and the mentions, which every command reads.</summary>
[Flags]
public enum AnalysisStages
{
    Mentions = 0,
    Quotes = 1,
    Terms = 2,
    All = Quotes | Terms,
}
