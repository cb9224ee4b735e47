using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace Kit.Cli.Commands;

/// <summary>
/// A command line the parser cannot read (an unknown option, a missing argument, a value out of bounds): one line on
/// stderr, exit code 2 as the README promises, nothing on stdout. System.CommandLine's own answer is the help text and
/// exit code 1.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>Whether the parse failed; then the one line is written.</summary>
    public static bool Report(ParseResult parsed, TextWriter error)
    {
        if (parsed.Action is not ParseErrorAction || parsed.Errors.Count == 0) return false;
        string messages = string.Join(" ", parsed.Errors.Select(e => Spaces().Replace(e.Message, " ").Trim()).Distinct());
        string command = parsed.CommandResult.Command.Parents.Any() ? $"kit {parsed.CommandResult.Command.Name}" : "kit";
        error.WriteLine(Friendly.OneLine($"kit: {messages} ({command} --help lists what it takes.)"));
        return true;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
