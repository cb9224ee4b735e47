using Kit.Text;

namespace Kit.Corpus;

/// <summary>Finds paragraphs and the headline in a document's text.</summary>
public static class DocumentLayout
{
    /// <summary>A headline is a first line of at most this many characters followed by a blank line.</summary>
    public const int MaxHeadlineLength = 150;

    public static IReadOnlyList<Paragraph> FindParagraphs(string text)
    {
        var lines = new List<(TextSpan Span, bool BlankAfter)>();
        int lineStart = 0;
        bool previousBlank = false;
        for (int i = 0; i <= text.Length; i++)
        {
            // Jump to the line's end (vectorized): only line breaks matter here.
            int toBreak = text.AsSpan(i).IndexOfAny('\n', '\r');
            i = toBreak < 0 ? text.Length : i + toBreak;
            var trimmed = Trim(text, lineStart, i);
            if (trimmed.Length > 0)
            {
                lines.Add((trimmed, false));
                previousBlank = false;
            }
            else if (!previousBlank && lines.Count > 0)
            {
                lines[^1] = (lines[^1].Span, true);
                previousBlank = true;
            }
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            lineStart = i + 1;
        }

        bool hasHeadline = lines.Count > 1 && lines[0].BlankAfter && lines[0].Span.Length <= MaxHeadlineLength
            && lines[0].Span.Start == Trim(text, 0, text.Length).Start;
        var paragraphs = new List<Paragraph>(lines.Count); // sized once: one paragraph per non-blank line
        for (int index = 0; index < lines.Count; index++)
            paragraphs.Add(Paragraph.Within(text, index, lines[index].Span, hasHeadline && index == 0));
        return paragraphs;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
