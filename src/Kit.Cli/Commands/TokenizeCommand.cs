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
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("tokenize", "Print the tokens of each file as \"start end term\" lines (UTF-16 offsets).") { files, profile, replace };
        command.SetAction(parse => Friendly.Run(() =>
        {
            var analyze = Analyzers.ForProfile(parse.GetValue(profile)!);
            Write(parse.GetValue(files)!, analyze, Console.Out, parse.GetValue(replace), Friendly.Warn);
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>Reads each file as a stream of pieces cut where no word goes on, so a file of any size takes little memory.</summary>
    public static void Write(IEnumerable<string> files, Func<string, IReadOnlyList<Term>> analyze, TextWriter output,
        bool replaceInvalid = false, Action<string>? warn = null)
    {
        warn ??= TextFiles.WarnOnStandardError;
        var lines = new System.Text.StringBuilder();
        foreach (var file in files)
        {
            output.Write($"## {Path.GetFileName(file)}\n");
            var letters = new LetterCount();
            foreach (var chunk in TextFiles.ReadChunks(file, replaceInvalid, warn))
            {
                letters.Add(chunk.Text);
                lines.Clear();
                foreach (var term in analyze(chunk.Text))
                    lines.Append(chunk.Start + term.Start).Append(' ').Append(chunk.Start + term.End).Append(' ').Append(term.Text).Append('\n');
                output.Write(lines);
            }
            if (letters.Warning(file) is { } warning) warn(warning);
        }
    }
}
