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
            Write(parse.GetValue(files)!, analyze, Console.Out);
            return Friendly.Ok;
        }));
        return command;
    }

    public static void Write(IEnumerable<string> files, Func<string, IReadOnlyList<Term>> analyze, TextWriter output)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var file in files)
        {
            string text = TextFiles.ReadUtf8(file);
            lines.Append("## ").Append(Path.GetFileName(file)).Append('\n');
            foreach (var term in analyze(text)) lines.Append(term.Start).Append(' ').Append(term.End).Append(' ').Append(term.Text).Append('\n');
        }
        output.Write(lines.ToString());
    }
}
