using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kit.Actors;
using Kit.Corpus;
using Kit.Display;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit entities FOLDER --format json|table</c>: the actor mentions of a corpus folder. JSON is an array of
/// {"doc","actor","type","surface","start","end"} (UTF-16 offsets into each file's text).
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var actors = new Option<string?>("--actors") { Description = "A gazetteer of your own (format: src/Kit/Data/actors.json)." };
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("entities", "List the actor mentions (names) of every article in a folder.") { folder, format, actors, replace };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var corpus = CorpusLoader.Load(parse.GetValue(folder)!, parse.GetValue(replace), Friendly.Warn).Clean();
            var path = parse.GetValue(actors);
            var finder = path is null ? MentionFinder.Default : new MentionFinder(Gazetteer.Load(path));
            var mentions = finder.Find(corpus).Where(m => m.Kind == MentionKind.Name).ToList();
            Console.Out.Write(parse.GetValue(format) == "json" ? ToJson(mentions) : ToTable(mentions));
            return Friendly.Ok;
        }));
        return command;
    }

    public static string ToJson(IEnumerable<Mention> mentions) =>
        JsonSerializer.Serialize(
            mentions.Select(m => new { doc = m.Document, actor = m.Actor, type = m.Type, surface = m.Surface, start = m.Start, end = m.End }),
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    public static string ToTable(IEnumerable<Mention> mentions) =>
        HtmlTable.Of(mentions, ("doc", m => m.Document), ("actor", m => m.Actor), ("type", m => m.Type),
            ("surface", m => m.Surface), ("start", m => m.Start), ("end", m => m.End)).ToString();
}
