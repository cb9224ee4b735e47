using System.CommandLine;
using System.Text;
using Kit.Analysis;
using Kit.Files;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit tokenize FILE… [--profile lucene|clitics]</c>: per file a "## name" line, then "start end term" per token —
/// the format of ../shared/oracle/lucene-arabic, so the two can be diffed.
/// </summary>
internal static class TokenizeCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "UTF-8 text files.", Arity = ArgumentArity.OneOrMore }.NotEmpty();
        var profile = new Option<string>("--profile") { Description = "lucene (Lucene's ArabicAnalyzer) or clitics (the kit's analyzer: clitics cut off and shown, names never stemmed).", DefaultValueFactory = _ => "lucene" };
        profile.AcceptOnlyFromAmong("lucene", "clitics");
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var command = new Command("tokenize", "Print the tokens of each file as \"start end term\" lines (UTF-16 offsets).") { files, profile, replace };
        command.SetAction(parse => Friendly.Run(() =>
        {
            Write(parse.GetValue(files)!, parse.GetValue(profile)!, Console.Out, parse.GetValue(replace), Friendly.Warn);
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>Tokenizes with a profile by name; the lucene profile writes its terms straight from the analyzer, with no term objects.</summary>
    public static void Write(IEnumerable<string> files, string profile, TextWriter output, bool replaceInvalid = false, Action<string>? warn = null)
    {
        if (profile == "lucene") Write(files, AppendLucene, output, replaceInvalid, warn);
        else Write(files, Analyzers.ForProfile(profile), output, replaceInvalid, warn);
    }

    public static void Write(IEnumerable<string> files, Func<string, IReadOnlyList<Term>> analyze, TextWriter output,
        bool replaceInvalid = false, Action<string>? warn = null) =>
        Write(files, (chunk, lines) =>
        {
            foreach (var term in analyze(chunk.Text))
                lines.Append(chunk.Start + term.Start).Append(' ').Append(chunk.Start + term.End).Append(' ').Append(term.Text).Append('\n');
        }, output, replaceInvalid, warn);

    /// <summary>Reads each file as a stream of pieces cut where no word goes on, so a file of any size takes little memory.</summary>
    private static void Write(IEnumerable<string> files, Action<TextChunk, StringBuilder> appendTerms, TextWriter output, bool replaceInvalid, Action<string>? warn)
    {
        warn ??= TextFiles.WarnOnStandardError;
        // Every file is read once first: a bad file after good ones stops the command before it prints anything.
        foreach (var file in files) TextFiles.Check(file, replaceInvalid);
        var lines = new StringBuilder();
        foreach (var file in files)
        {
            // The name neutralised (a U+202E in it would reorder the line); the terms are left as the analyzer made
            // them, to diff with Lucene's output, each last on its line, where a bidi control reorders nothing after it.
            output.Write($"## {BidiControls.Neutralize(Path.GetFileName(file))}\n");
            var letters = new LetterCount();
            foreach (var chunk in TextFiles.ReadChunks(file, replaceInvalid, warn))
            {
                letters.Add(chunk.Text);
                lines.Clear();
                appendTerms(chunk, lines);
                output.Write(lines);
            }
            if (letters.Warning(file) is { } warning) warn(warning);
        }
    }

    private static void AppendLucene(TextChunk chunk, StringBuilder lines)
    {
        var sink = new LineSink(lines, chunk.Start);
        LuceneAnalyzer.Default.Analyze(chunk.Text.AsSpan(), ref sink);
    }

    private readonly struct LineSink(StringBuilder lines, int offset) : ITermSink
    {
        public void Add(ReadOnlySpan<char> term, int start, int end) =>
            lines.Append(offset + start).Append(' ').Append(offset + end).Append(' ').Append(term).Append('\n');
    }
}
