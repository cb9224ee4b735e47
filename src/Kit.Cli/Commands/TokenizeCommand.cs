using System.CommandLine;
using Kit.Analysis;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit tokenize FILE… [--profile lucene|kit]</c>: per file a "## name" line, then "start end term" per token —
/// the format of ../shared/oracle/lucene-arabic, so the two can be diffed.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "UTF-8 text files.", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<string>("--profile") { Description = "lucene (Lucene's ArabicAnalyzer) or kit (clitic-aware).", DefaultValueFactory = _ => "lucene" };
        profile.AcceptOnlyFromAmong("lucene", "kit");
        var command = new Command("tokenize", "Print the tokens of each file as \"start end term\" lines (UTF-16 offsets).") { files, profile };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var analyze = Analyzers.ForProfile(parse.GetValue(profile)!);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
            foreach (var file in parse.GetValue(files)!)
            {
                string text = TextFiles.ReadUtf8(file);
                output.WriteLine($"## {Path.GetFileName(file)}");
                foreach (var term in analyze(text)) output.WriteLine($"{term.Start} {term.End} {term.Text}");
            }
            return Friendly.Ok;
        }));
        return command;
    }
}
