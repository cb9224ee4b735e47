using Kit.Actors;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Cooccurrence;
using Kit.Lexicon;
using Kit.Quotes;

namespace Kit.Reporting;

/// <summary>
/// Everything that configures an analysis, in one place: cleaning rules, the gazetteer (and whether people it does
/// not know are discovered), the clitics profile's analyzer, the reporting verbs and the co-occurrence window. Null: the
/// bundled default.
/// </summary>
public sealed record PipelineOptions
{
    public Cleaner? Cleaner { get; init; }

    public Gazetteer? Gazetteer { get; init; }

    public bool DiscoverPeople { get; init; } = true;

    public ArabicTermAnalyzer? Analyzer { get; init; }

    public ReportingVerbs? Verbs { get; init; }

    public CooccurrenceOptions? Cooccurrence { get; init; }
}
