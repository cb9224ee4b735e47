using System.CommandLine;
using Kit.Actors;
using Kit.Cli.Output;
using Kit.Corpus;
using Kit.Display;
using Kit.Reporting;
using Kit.Scale;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit entities FOLDER --format json|table</c>: the actor mentions of a corpus folder. JSON is an array of
/// {"doc","actor","type","surface","start","end","origin","evidence"} (UTF-16 offsets into each file's
/// text; origin "gazetteer" or "discovered", evidence the rule that found the mention). The folder streams through:
/// articles are read and analyzed on every core and printed in file order as they come, so memory stays flat.
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." }.NotEmpty();
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("entities", "List the actor mentions (names) of every article in a folder.") { folder, format, replace };
        var analysis = AnalysisArguments.AddTo(command);
        command.SetAction(parse => Friendly.Run(() =>
        {
            var pipeline = analysis.Pipeline(parse);
            var stream = CorpusStream.Open(parse.GetValue(folder)!, parse.GetValue(replace), Friendly.Warn).Checked().Cleaned(pipeline.Cleaner);
            IReadOnlyList<Mention> NamesIn(Document d) => Names(pipeline.Analyze(d, stages: AnalysisStages.Mentions).Mentions);
            // Each article's JSON is made on the core that analyzed it: the main thread only writes.
            if (parse.GetValue(format) == "json") JsonPieces.WriteArray(stream.Select(d => JsonItems(NamesIn(d))), Console.Out);
            else WriteTable(stream.Select(NamesIn), Console.Out);
            return Friendly.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<Mention> Names(IEnumerable<Mention> mentions) => mentions.Where(m => m.Kind == MentionKind.Name).ToList();

    public static string ToJson(IEnumerable<Mention> mentions)
    {
        var output = new StringWriter();
        WriteJson([mentions], output);
        return output.ToString();
    }

    /// <summary>The JSON array, one article's mentions at a time (the same text as JsonSerializer, indented).</summary>
    public static void WriteJson(IEnumerable<IEnumerable<Mention>> perArticle, TextWriter output) =>
        JsonPieces.WriteArray(perArticle.Select(JsonItems), output);

    private static string JsonItems(IEnumerable<Mention> mentions) => JsonPieces.Items(mentions, (json, m) =>
    {
        json.WriteStartObject();
        json.WriteString("doc", m.Document);
        json.WriteString("actor", m.Actor);
        json.WriteString("type", m.Type);
        json.WriteString("surface", m.Surface);
        json.WriteNumber("start", m.Start);
        json.WriteNumber("end", m.End);
        json.WriteString("origin", m.Origin);
        json.WriteString("evidence", m.Evidence);
        json.WriteEndObject();
    });

    /// <summary>The text table, rows written one article at a time (see TextTableWriter for the column widths).</summary>
    public static void WriteTable(IEnumerable<IEnumerable<Mention>> perArticle, TextWriter output)
    {
        var buffer = new StringWriter();
        var table = new TextTableWriter(buffer, ["doc", "actor", "type", "surface", "start", "end"]);
        foreach (var mentions in perArticle)
        {
            foreach (var m in mentions)
                table.Add([m.Document, m.Actor, m.Type, m.Surface, m.Start, m.End]);
            output.Write(buffer.GetStringBuilder());
            buffer.GetStringBuilder().Clear();
        }
        table.Finish();
        output.Write(buffer.GetStringBuilder());
        output.Flush();
    }
}
