using System.CommandLine;
using Kit.Actors;
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
        var window = AnalysisArguments.Window();
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var types = new Option<string?>("--types") { Description = $"Actor types that take part, comma-separated ({string.Join(",", ActorType.All)}); all by default." };
        var fold = new Option<bool>("--fold-capitals") { Description = "Count a capital as its country (موسكو → روسيا)." };
        var adjectives = new Option<bool>("--adjectives") { Description = "Count nationality adjectives (الروسي → روسيا) as mentions; off by default." };
        var minCount = new Option<int>("--min-count") { Description = "Keep pairs seen in at least this many windows.", DefaultValueFactory = _ => 1 };
        var sort = new Option<string>("--sort") { Description = "Order pairs by count, pmi, npmi, dice or jaccard.", DefaultValueFactory = _ => "count" };
        sort.AcceptOnlyFromAmong("count", "pmi", "npmi", "dice", "jaccard");
        var actors = AnalysisArguments.Actors();
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("cooccurrence", "Count which actors are mentioned together in a sentence, paragraph or document.")
            { folder, window, format, types, fold, adjectives, minCount, sort, actors, replace };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var options = Options(parse.GetValue(window)!, parse.GetValue(types), parse.GetValue(fold), parse.GetValue(adjectives), parse.GetValue(minCount));
            var graph = Count(parse.GetValue(folder)!, options, parse.GetValue(actors), parse.GetValue(replace)).SortBy(parse.GetValue(sort)!);
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

    /// <summary>The options from the command line; a bad type or count is one line of feedback, not a trace.</summary>
    public static CooccurrenceOptions Options(string window, string? types, bool foldCapitals, bool adjectives, int minCount)
    {
        var list = types?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = list?.FirstOrDefault(t => !ActorType.All.Contains(t));
        if (unknown is not null) throw new KitInputException($"--types: no actor type '{unknown}'; use {string.Join(", ", ActorType.All)}.");
        if (minCount < 1) throw new KitInputException($"--min-count: {minCount} is below 1; a pair needs at least one window.");
        return new CooccurrenceOptions(WindowNames.Parse(window), list, foldCapitals, adjectives, minCount);
    }

    public static string ToTable(CooccurrenceGraph graph) =>
        graph.NodeTable().ToString() + "\n" +
        new EdgeList(graph.Edges, graph.SortedBy, $"{graph.Edges.Count} pairs by {graph.SortedBy.Name()}").ToTable().ToString() +
        (graph.Options.FoldCapitals ? "\n" + graph.FoldingTable() : "");
}
