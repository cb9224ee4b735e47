using Kit.Corpus;
using Kit.Tokenization;

namespace Kit.Cooccurrence;

/// <summary>Cuts a document into windows. Spans are found on the cleaned text and the window text is read from the original.</summary>
public static class TextWindows
{
    public static IReadOnlyList<TextWindow> Of(Document document, Window window) => window switch
    {
        // The same splitter the mention finder uses, so a mention's sentence and its window agree.
        Window.Sentence => SentenceSplitter.Split(document.AnalysisText)
            .Select(s => Make(document, window, s.Index, s.Start, s.End)).ToList(),
        Window.Paragraph => document.Paragraphs
            .Select(p => Make(document, window, p.Index, p.Span.Start, p.Span.End)).ToList(),
        Window.Document => [new TextWindow(document.Id, window, 0, 0, document.Text.Length, document.Text)],
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Use Window.Sentence, Window.Paragraph or Window.Document."),
    };

    /// <summary>The windows of a document whose layers are made: sentence windows are the layers' sentences, not cut again.</summary>
    internal static IReadOnlyList<TextWindow> Of(Layers.TextLayers layers, Window window) => window == Window.Sentence
        ? layers.Sentences.Select(s => Make(layers.Document, window, s.Index, s.Start, s.End)).ToList()
        : Of(layers.Document, window);

    // One sentence window of a document (its text read from the original).
    internal static TextWindow Of(Document document, Sentence sentence) => Make(document, Window.Sentence, sentence.Index, sentence.Start, sentence.End);

    private static TextWindow Make(Document document, Window window, int index, int start, int end) =>
        new(document.Id, window, index, start, end, document.Text[start..end]);
}
