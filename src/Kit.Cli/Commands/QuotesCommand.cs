using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kit.Actors;
using Kit.Corpus;
using Kit.Display;
using Kit.Quotes;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit quotes FOLDER --format json|table</c>: who said what in a corpus folder. JSON is an array of
/// {"doc","speaker","actor","verb","kind","text","start","end"} (UTF-16 offsets of the quote in each file's text;
/// speaker and actor are null when no rule found them).
/// </summary>
internal static class QuotesCommand
{
    private const int TableTextWidth = 70;

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var actors = new Option<string?>("--actors") { Description = "A gazetteer of your own (format: src/Kit/Data/actors.json)." };
        var verbs = new Option<string?>("--verbs") { Description = "Reporting verbs of your own (format: src/Kit/Data/reporting-verbs.txt)." };
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("quotes", "List who said what (direct, indirect and mixed quotes with their speakers) in every article of a folder.")
        {
            folder, format, actors, verbs, replace,
        };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var corpus = CorpusLoader.Load(parse.GetValue(folder)!, parse.GetValue(replace), Friendly.Warn).Clean();
            var actorsPath = parse.GetValue(actors);
            var verbsPath = parse.GetValue(verbs);
            var extractor = actorsPath is null && verbsPath is null ? QuoteExtractor.Default
                : new QuoteExtractor(actorsPath is null ? null : new MentionFinder(Gazetteer.Load(actorsPath)), verbsPath is null ? null : ReportingVerbs.Load(verbsPath));
            var quotes = extractor.Extract(corpus);
            Console.Out.Write(parse.GetValue(format) == "json" ? ToJson(quotes) : ToTable(quotes));
            return Friendly.Ok;
        }));
        return command;
    }

    public static string ToJson(IEnumerable<Quote> quotes) =>
        JsonSerializer.Serialize(
            quotes.Select(q => new
            {
                doc = q.Document,
                speaker = q.SpeakerText,
                actor = q.Actor,
                verb = q.Verb,
                kind = q.Kind.ToString().ToLowerInvariant(),
                text = q.Text,
                start = q.Start,
                end = q.End,
            }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static string ToTable(IEnumerable<Quote> quotes) =>
        HtmlTable.Of(quotes, ("doc", q => q.Document), ("speaker", q => q.SpeakerText ?? "-"), ("actor", q => q.Actor ?? "-"),
            ("verb", q => q.Verb), ("kind", q => q.Kind.ToString().ToLowerInvariant()), ("start", q => q.Start), ("end", q => q.End),
            ("text", q => q.Text.Length <= TableTextWidth ? q.Text : q.Text[..(TableTextWidth - 1)] + "…")).ToString();
}
