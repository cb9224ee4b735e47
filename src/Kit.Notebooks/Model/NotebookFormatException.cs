namespace Kit.Notebooks.Model;

/// <summary>A notebook file that cannot be read: the message names the file and the place.</summary>
public sealed class NotebookFormatException(string message, Exception? inner = null) : Exception(message, inner)
{
    public override string ToString() => Message;
}
