using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Cooccurrence;
using Kit.Lexicon;
using Kit.Quotes;

namespace Kit.Reporting;

/// <summary>
/// Everything that configures an analysis, in one place: cleaning rules, the gazetteer (and whether people it does
/// not know are discovered, with which person names), the clitics profile's analyzer, the reporting verbs (for quotes
/// and for the people found as their subjects) and the co-occurrence window. Null: the bundled default.
/// </summary>
public sealed record PipelineOptions
{
    public Cleaner? Cleaner { get; init; }

    public Gazetteer? Gazetteer { get; init; }

    public bool DiscoverPeople { get; init; } = true;

    /// <summary>Given names, name words and traps for discovering people (format: src/Kit/Data/person-names.txt).</summary>
    public NameLexicon? Names { get; init; }

    public ArabicTermAnalyzer? Analyzer { get; init; }

    public ReportingVerbs? Verbs { get; init; }

    /// <summary>Speaker titles (format: src/Kit/Data/speaker-titles.txt): the quotes' speaker phrases and the titles people are found after.</summary>
    public SpeakerTitles? Titles { get; init; }

    public CooccurrenceOptions? Cooccurrence { get; init; }
}
