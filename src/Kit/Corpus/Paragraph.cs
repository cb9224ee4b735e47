using Kit.Text;

namespace Kit.Corpus;

/// <summary>A paragraph (one non-blank line) of a document; Span points into the document's original text.</summary>
public sealed record Paragraph(int Index, TextSpan Span, string Text, bool IsHeadline = false);
