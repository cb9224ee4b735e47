namespace Kit.Quotes;

/// <summary>The text a reporting verb introduces: its span, kind, and how it was delimited.</summary>
internal sealed record QuoteContent(int Start, int End, QuoteKind Kind, string Delimiter);
