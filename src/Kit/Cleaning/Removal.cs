using Kit.Text;

namespace Kit.Cleaning;

/// <summary>What a cleaning rule removed, where: Span points into the document's original text.</summary>
public sealed record Removal(string Rule, string DocumentId, TextSpan Span, string Text);
