using System.CommandLine;
using System.CommandLine.Parsing;

namespace Kit.Cli.Commands;

/// <summary>
/// Bounds on what a command line may ask, checked by the parser: a value out of bounds is a parse error, which the
/// kit prints as one line and exit code 2 (see Program), never a stack trace deep in a command.
/// </summary>
internal static class OptionRules
{
    /// <summary>A whole number from min to max: <c>--timeout -5</c> → "--timeout -5: give a number of seconds from 1 to 86400."</summary>
    public static Option<int> Between(this Option<int> option, int min, int max, string what)
    {
        option.Validators.Add(result =>
        {
            int value = result.GetValueOrDefault<int>();
            if (value < min || value > max) result.AddError($"{option.Name} {value}: give {what} from {min} to {max}.");
        });
        return option;
    }

    /// <summary>A path option given an empty name (<c>--out ""</c>) is an error.</summary>
    public static Option<T> NotEmpty<T>(this Option<T> option)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                result.AddError($"{option.Name} \"\": give a file or folder name, not an empty one.");
        });
        return option;
    }

    /// <summary>A path argument given an empty name (<c>kit entities ""</c>) is an error.</summary>
    public static Argument<T> NotEmpty<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                result.AddError($"\"\": give a file or folder name for {argument.Name}, not an empty one.");
        });
        return argument;
    }
}
