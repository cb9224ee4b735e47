using System.CommandLine;
using Kit.Actors;
using Kit.Cli.Output;
using Kit.Corpus;
using Kit.Display;
using Kit.Lexicon;
using Kit.Quotes;
using Kit.Reporting;
using Kit.Scale;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit quotes FOLDER --format json|table</c>: who said what in a corpus folder. JSON is an array of
/// {"doc","speaker","actor","verb","kind","text","start","end"} (UTF-16 offsets of the quote in each file's text;
/// speaker and actor are null when no rule found them). The folder streams through: articles are read and searched on
/// every core and printed in file order as they come.
/// </summary>
internal static class QuotesCommand
{
    private const int TableTextWidth = 70;

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." }.NotEmpty();
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("quotes", "List who said what (direct, indirect and mixed quotes with their speakers) in every article of a folder.")
        {
            folder, format, replace,
        };
        var analysis = AnalysisArguments.AddTo(command, verbs: true);
        command.SetAction(parse => Friendly.Run(() =>
        {
            var pipeline = analysis.Pipeline(parse);
            var corpus = CorpusStream.Open(parse.GetValue(folder)!, parse.GetValue(replace), Friendly.Warn).Checked().Cleaned(pipeline.Cleaner);
            IReadOnlyList<Quote> QuotesIn(Document d) => pipeline.Analyze(d, stages: AnalysisStages.Quotes).Quotes!;
            // Read, cleaned and searched on every core, in file order; each article's JSON is made there too.
            if (parse.GetValue(format) == "json") JsonPieces.WriteArray(corpus.Select(d => JsonItems(QuotesIn(d))), Console.Out);
            else WriteTable(corpus.Select(QuotesIn), Console.Out);
            return Friendly.Ok;
        }));
        return command;
    }

    public static string ToJson(IEnumerable<Quote> quotes)
    {
        var output = new StringWriter();
        WriteJson([quotes], output);
        return output.ToString();
    }

    /// <summary>The JSON array, one article's quotes at a time (the same text as JsonSerializer, indented).</summary>
    public static void WriteJson(IEnumerable<IEnumerable<Quote>> perArticle, TextWriter output) =>
        JsonPieces.WriteArray(perArticle.Select(JsonItems), output);

    private static string JsonItems(IEnumerable<Quote> quotes) => JsonPieces.Items(quotes, (json, q) =>
    {
        json.WriteStartObject();
        json.WriteString("doc", q.Document);
        json.WriteString("speaker", q.SpeakerText);
        json.WriteString("actor", q.Actor);
        json.WriteString("verb", q.Verb);
        json.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
        json.WriteString("text", q.Text);
        json.WriteNumber("start", q.Start);
        json.WriteNumber("end", q.End);
        json.WriteEndObject();
    });

    public static string ToTable(IEnumerable<Quote> quotes)
    {
        var output = new StringWriter();
        WriteTable([quotes], output);
        return output.ToString();
    }

    /// <summary>The text table, one article's rows at a time (column widths from the first rows: see TextTableWriter).</summary>
    public static void WriteTable(IEnumerable<IEnumerable<Quote>> perArticle, TextWriter output)
    {
        var buffer = new StringWriter();
        var table = new TextTableWriter(buffer, ["doc", "speaker", "actor", "verb", "kind", "start", "end", "text"]);
        foreach (var quotes in perArticle)
        {
            foreach (var q in quotes)
                table.Add([q.Document, q.SpeakerText ?? "-", q.Actor ?? "-", q.Verb, q.Kind.ToString().ToLowerInvariant(), q.Start, q.End,
                    q.Text.Length <= TableTextWidth ? q.Text : q.Text[..(TableTextWidth - 1)] + "…"]);
            output.Write(buffer.GetStringBuilder());
            buffer.GetStringBuilder().Clear();
        }
        table.Finish();
        output.Write(buffer.GetStringBuilder());
        output.Flush();
    }
}
