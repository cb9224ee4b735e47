using System.CommandLine;
using Kit.Actors;
using Kit.Cooccurrence;
using Kit.Lexicon;
using Kit.Quotes;
using Kit.Reporting;

namespace Kit.Cli.Commands;

/// <summary>
/// The analysis options the corpus commands share (kit entities, kit quotes, kit cooccurrence, kit report), and the one
/// <see cref="AnalysisPipeline"/> they make: every command analyzes its documents through it, configured alike.
/// </summary>
internal static class AnalysisArguments
{
    public static Option<string?> Actors() =>
        new Option<string?>("--actors") { Description = "A gazetteer of your own (format: src/Kit/Data/actors.json)." }.NotEmpty();

    public static Option<string?> Verbs() =>
        new Option<string?>("--verbs") { Description = "Reporting verbs of your own (format: src/Kit/Data/reporting-verbs.txt)." }.NotEmpty();

    public static Option<string> Window()
    {
        var window = new Option<string>("--window") { Description = "sentence, paragraph or document.", DefaultValueFactory = _ => "sentence" };
        window.AcceptOnlyFromAmong("sentence", "paragraph", "document");
        return window;
    }

    /// <summary>The pipeline of these options; the bundled one (its tables built once per process) when none is given.</summary>
    public static AnalysisPipeline Pipeline(string? actorsPath, string? verbsPath = null, CooccurrenceOptions? cooccurrence = null) =>
        actorsPath is null && verbsPath is null && (cooccurrence is null || cooccurrence == CooccurrenceOptions.Default) ? AnalysisPipeline.Default
            : new AnalysisPipeline(new PipelineOptions
            {
                Gazetteer = actorsPath is null ? null : Gazetteer.Load(actorsPath),
                Verbs = verbsPath is null ? null : ReportingVerbs.Load(verbsPath),
                Cooccurrence = cooccurrence,
            });
}
