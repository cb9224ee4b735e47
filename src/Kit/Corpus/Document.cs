using Kit.Cleaning;
using Kit.Text;

namespace Kit.Corpus;

/// <summary>
/// One article. <see cref="Text"/> is the file's decoded text, never changed: every offset in the kit points into it.
/// Cleaning does not cut text out; it records <see cref="Removals"/> and blanks them in <see cref="AnalysisText"/>,
/// which therefore has the same length and offsets as the original.
/// </summary>
[Kit.Display.TypeFormatterSource(typeof(CorpusFormatters))]
public sealed record Document
{
    public Document(string id, string text, string? path = null, IReadOnlyList<Removal>? removals = null)
    {
        Id = id;
        Text = text;
        Path = path;
        Removals = removals ?? [];
        AnalysisText = Removals.Count == 0 ? text : Blank(text, Removals);
        Paragraphs = DocumentLayout.FindParagraphs(AnalysisText);
    }

    public string Id { get; }

    public string? Path { get; }

    /// <summary>The article's date from the corpus metadata (dates.tsv, see <see cref="ArticleDates"/>), or null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The date the kit goes by: the metadata's, else the dateline's (<see cref="Dateline"/>), else null.</summary>
    public DateOnly? KnownDate => Date ?? Dateline.Find(Text);

    /// <summary>The original text as decoded from the file (BOM dropped, line endings as in the file).</summary>
    public string Text { get; }

    /// <summary>Text with cleaned-away spans replaced by spaces: same length, same offsets.</summary>
    public string AnalysisText { get; }

    public IReadOnlyList<Removal> Removals { get; }

    /// <summary>Non-blank lines, in order; the first is the headline when the text opens with a short line and a blank line.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public Paragraph? Headline => Paragraphs.Count > 0 && Paragraphs[0].IsHeadline ? Paragraphs[0] : null;

    public IEnumerable<Paragraph> Body => Paragraphs.Where(p => !p.IsHeadline);

    public int Characters => Text.Length;

    public bool IsCleaned => Removals.Count > 0;

    /// <summary>The original text of a span.</summary>
    public string this[TextSpan span] => span.Of(Text);

    public Document WithRemovals(IReadOnlyList<Removal> removals) => new(Id, Text, Path, removals) { Date = Date };

    // Written straight into the new string (string.Create), not into a char array copied again.
    private static string Blank(string text, IReadOnlyList<Removal> removals) =>
        string.Create(text.Length, (text, removals), static (chars, state) =>
        {
            state.text.CopyTo(chars);
            foreach (var r in state.removals)
                for (int i = r.Span.Start; i < r.Span.End; i++)
                    if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        });

    public override string ToString() => $"{Id} ({Paragraphs.Count} paragraph{(Paragraphs.Count == 1 ? "" : "s")}, {Characters} characters)";
}
