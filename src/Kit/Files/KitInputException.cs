namespace Kit.Files;

/// <summary>
/// Bad input from a user's file: the message names the file and the position, and is meant to be shown as is
/// (no stack trace) by the CLI and the notebook runner.
/// </summary>
public sealed class KitInputException : Exception
{
    public KitInputException(string message, string? file = null, Exception? inner = null)
        : base(message, inner) => File = file;

    public string? File { get; }

    // Shown to students as one line, never as a trace.
    public override string ToString() => Message;
}
