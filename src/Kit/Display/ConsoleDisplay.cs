namespace Kit.Display;

/// <summary>
/// <c>display(value)</c> outside a notebook: a notebook exported as a file-based app (kit export) imports this with
/// <c>using static</c>, so its cells call display as they did in the kernel, and values print as plain text.
/// </summary>
public static class ConsoleDisplay
{
#pragma warning disable IDE1006 // the kernel's own name is lower case, and exported cells call it so
    /// <summary>Prints the value's plain text (see <see cref="PlainText"/>); the MIME types a notebook asked for do not apply to a console.</summary>
    public static void display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        Console.WriteLine(PlainText.Of(value));
        Console.WriteLine();
    }
}
