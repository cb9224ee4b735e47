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
    }

    // Found when first asked: a file's document is cleaned into a new one before anyone reads its paragraphs. One holder
    // per construction (shared by `with` copies), so equality compares what it compared when the list was made here.
    private readonly LazyLayout _layout = new();

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
    public IReadOnlyList<Paragraph> Paragraphs => _layout.Of(AnalysisText);

    public Paragraph? Headline => Paragraphs.Count > 0 && Paragraphs[0].IsHeadline ? Paragraphs[0] : null;

    public IEnumerable<Paragraph> Body => Paragraphs.Where(p => !p.IsHeadline);

    public int Characters => Text.Length;

    public bool IsCleaned => Removals.Count > 0;

    /// <summary>The original text of a span.</summary>
    public string this[TextSpan span] => span.Of(Text);

    public Document WithRemovals(IReadOnlyList<Removal> removals) => new(Id, Text, Path, removals) { Date = Date };

    private static string Blank(string text, IReadOnlyList<Removal> removals)
    {
        // Written into the new string itself: no array copy of the text first.
        return string.Create(text.Length, (text, removals), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var r in state.removals)
                for (int i = r.Span.Start; i < r.Span.End; i++)
                    if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        });
    }

    private sealed class LazyLayout
    {
        private IReadOnlyList<Paragraph>? _paragraphs;

        // Two threads may both find them: the first list stored is the one every caller gets.
        public IReadOnlyList<Paragraph> Of(string text) =>
            Volatile.Read(ref _paragraphs) ?? Interlocked.CompareExchange(ref _paragraphs, DocumentLayout.FindParagraphs(text), null) ?? _paragraphs!;
    }

    public override string ToString() => $"{Id} ({Paragraphs.Count} paragraph{(Paragraphs.Count == 1 ? "" : "s")}, {Characters} characters)";
}
