using System.Globalization;
using Kit.Display;
using Kit.Tokenization;

namespace Kit.Reporting.Sections;

/// <summary>
/// Every document with its size: characters, words, paragraphs, and its headline when it has one. Totals count every
/// document; only the rows the table shows are kept (keptRows, the report's MaxRows), so memory does not grow with the corpus.
/// </summary>
public sealed class DocumentsSection(int keptRows = 200) : IReportSection
{
    private readonly List<(string Id, string Headline, int Characters, int Words, int Paragraphs)> rows = [];
    private long characters, words;
    private int documents;

    public string Id => "documents";

    public string Title => "Documents";

    public void Add(AnalyzedDocument document)
    {
        var d = document.Document;
        int wordCount = document.Words ?? AnalyzedDocument.CountWords(d.AnalysisText);
        documents++;
        characters += d.Characters;
        words += wordCount;
        if (rows.Count < keptRows) rows.Add((d.Id, d.Headline?.Text ?? "", d.Characters, wordCount, d.Body.Count()));
    }

    public string ToHtml(ReportContext context)
    {
        var shown = rows.Take(context.Options.MaxRows).ToList();
        // Invariant culture: the report is the same bytes on every machine.
        string summary = string.Create(CultureInfo.InvariantCulture, $"<p>{documents:N0} documents, {characters:N0} characters, {words:N0} words.</p>");
        var table = HtmlTable.Of(shown, ("document", r => r.Id), ("headline", r => r.Headline), ("characters", r => r.Characters),
            ("words", r => r.Words), ("paragraphs", r => r.Paragraphs));
        if (documents > shown.Count) table = table.WithCaption(string.Create(CultureInfo.InvariantCulture, $"the first {shown.Count} of {documents:N0} documents"));
        return summary + table.ToHtml();
    }
}
