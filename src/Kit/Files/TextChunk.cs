namespace Kit.Files;

/// <summary>A piece of a file's text and the UTF-16 offset where it starts in the whole text.</summary>
public readonly record struct TextChunk(string Text, int Start)
{
    public int End => Start + Text.Length;
}
