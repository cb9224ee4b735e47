using System.CommandLine;
using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Cleaning;
using Kit.Cooccurrence;
using Kit.Lexicon;
using Kit.Quotes;
using Kit.Reporting;

namespace Kit.Cli.Commands;

/// <summary>
/// The analysis options the corpus commands share (kit entities, kit quotes, kit cooccurrence, kit report), and the one
/// <see cref="AnalysisPipeline"/> they make: every command analyzes its documents through it, configured alike.
/// </summary>
internal sealed class AnalysisArguments
{
    public Option<string?> Actors { get; } =
        new Option<string?>("--actors") { Description = "A gazetteer of your own (format: src/Kit/Data/actors.json)." }.NotEmpty();

    public Option<string?> Cleaning { get; } =
        new Option<string?>("--cleaning") { Description = "Cleaning rules of your own (format: src/Kit/Data/cleaning.json)." }.NotEmpty();

    public Option<string?> Names { get; } =
        new Option<string?>("--names") { Description = "Person names of your own, for discovering people the gazetteer does not know (format: src/Kit/Data/person-names.txt)." }.NotEmpty();

    public Option<string?> Titles { get; } =
        new Option<string?>("--titles") { Description = "Speaker titles of your own: the titles a person's name follows, for people and quotes (format: src/Kit/Data/speaker-titles.txt)." }.NotEmpty();

    public Option<bool> NoDiscovery { get; } =
        new("--no-discovery") { Description = "Only the gazetteer's actors: do not discover people it does not know." };

    /// <summary>Only on the commands that find quotes.</summary>
    public Option<string?>? Verbs { get; }

    /// <summary>Only on the commands that count co-occurrences.</summary>
    public CooccurrenceArguments? Cooccurrence { get; }

    private AnalysisArguments(bool verbs, bool cooccurrence)
    {
        if (verbs) Verbs = new Option<string?>("--verbs") { Description = "Reporting verbs of your own (format: src/Kit/Data/reporting-verbs.txt)." }.NotEmpty();
        if (cooccurrence) Cooccurrence = new CooccurrenceArguments();
    }

    /// <summary>Adds the options to a command; verbs and cooccurrence say which groups it takes.</summary>
    public static AnalysisArguments AddTo(Command command, bool verbs = false, bool cooccurrence = false)
    {
        var arguments = new AnalysisArguments(verbs, cooccurrence);
        command.Options.Add(arguments.Actors);
        if (arguments.Verbs is not null) command.Options.Add(arguments.Verbs);
        command.Options.Add(arguments.Cleaning);
        command.Options.Add(arguments.Names);
        command.Options.Add(arguments.Titles);
        command.Options.Add(arguments.NoDiscovery);
        arguments.Cooccurrence?.AddTo(command);
        return arguments;
    }

    /// <summary>The files these options read, which an output may never replace.</summary>
    public IEnumerable<string> Files(ParseResult parse) =>
        new[] { parse.GetValue(Actors), Verbs is null ? null : parse.GetValue(Verbs), parse.GetValue(Cleaning), parse.GetValue(Names), parse.GetValue(Titles) }.OfType<string>();

    /// <summary>The pipeline of the options given; a bad file is one line of feedback naming it.</summary>
    public AnalysisPipeline Pipeline(ParseResult parse) =>
        Pipeline(parse.GetValue(Actors), Verbs is null ? null : parse.GetValue(Verbs), Cooccurrence?.Options(parse),
            parse.GetValue(Cleaning), !parse.GetValue(NoDiscovery), parse.GetValue(Names), parse.GetValue(Titles));

    /// <summary>The pipeline of these options; the bundled one (its tables built once per process) when none is given.</summary>
    public static AnalysisPipeline Pipeline(string? actorsPath, string? verbsPath = null, CooccurrenceOptions? cooccurrence = null,
        string? cleaningPath = null, bool discoverPeople = true, string? namesPath = null, string? titlesPath = null) =>
        actorsPath is null && verbsPath is null && cleaningPath is null && namesPath is null && titlesPath is null && discoverPeople
            && (cooccurrence is null || cooccurrence == CooccurrenceOptions.Default) ? AnalysisPipeline.Default
            : new AnalysisPipeline(new PipelineOptions
            {
                Gazetteer = actorsPath is null ? null : Gazetteer.Load(actorsPath),
                Verbs = verbsPath is null ? null : ReportingVerbs.Load(verbsPath),
                Cleaner = cleaningPath is null ? null : Cleaner.FromFile(cleaningPath),
                DiscoverPeople = discoverPeople,
                Names = namesPath is null ? null : NameLexicon.Load(namesPath),
                Titles = titlesPath is null ? null : SpeakerTitles.Load(titlesPath),
                Cooccurrence = cooccurrence,
            });
}
