using System.CommandLine;
using Kit.Cooccurrence;
using Kit.Files;
using Kit.Reporting;
using Kit.Scale;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit cooccurrence FOLDER --window sentence|paragraph|document --format json|table</c>: which actors are mentioned
/// in the same window, with association measures and (in JSON) the windows behind every pair.
/// </summary>
internal static class CooccurrenceCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." }.NotEmpty();
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var sort = new Option<string>("--sort") { Description = "Order pairs by count, pmi, npmi, dice or jaccard.", DefaultValueFactory = _ => "count" };
        sort.AcceptOnlyFromAmong("count", "pmi", "npmi", "dice", "jaccard");
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("cooccurrence", "Count which actors are mentioned together in a sentence, paragraph or document.") { folder, format, sort, replace };
        var analysis = AnalysisArguments.AddTo(command, cooccurrence: true);
        command.SetAction(parse => Friendly.Run(() =>
        {
            var graph = Count(parse.GetValue(folder)!, analysis.Pipeline(parse), parse.GetValue(replace)).SortBy(parse.GetValue(sort)!);
            Console.Out.Write(parse.GetValue(format) == "json" ? BidiControls.EscapeInJson(CooccurrenceJson.Write(graph)) : ToTable(graph));
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Streams the folder: articles are read, cleaned and analyzed (layers, mentions) on every core, and counted in file
    /// order in the windows of the layers, so memory holds the tallies (and a capped number of evidence windows), never the corpus.
    /// </summary>
    public static CooccurrenceGraph Count(string folder, CooccurrenceOptions options, string? actorsPath = null, bool replaceInvalid = false) =>
        Count(folder, AnalysisArguments.Pipeline(actorsPath, cooccurrence: options), replaceInvalid);

    /// <summary>The same, configured by a pipeline (its gazetteer and its co-occurrence options).</summary>
    public static CooccurrenceGraph Count(string folder, AnalysisPipeline pipeline, bool replaceInvalid = false)
    {
        var counter = new CooccurrenceCounter(pipeline.Cooccurrence, pipeline.Gazetteer);
        var perArticle = CorpusStream.Open(folder, replaceInvalid, Friendly.Warn).Cleaned(pipeline.Cleaner)
            .Select(d => pipeline.Analyze(d, stages: AnalysisStages.Mentions));
        foreach (var analysis in perArticle)
            counter.Add(analysis.Layers!, analysis.Mentions);
        return counter.Finish();
    }

    public static string ToTable(CooccurrenceGraph graph) =>
        graph.NodeTable().ToString() + "\n" +
        new EdgeList(graph.Edges, graph.SortedBy, $"{graph.Edges.Count} pairs by {graph.SortedBy.Name()}").ToTable().ToString() +
        (graph.Options.FoldCapitals ? "\n" + graph.FoldingTable() : "");
}
