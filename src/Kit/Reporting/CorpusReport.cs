using Kit.Corpus;
using Kit.Reporting.Sections;

namespace Kit.Reporting;

/// <summary>
/// The whole analysis of a corpus as one standalone HTML page. Documents are added one at a time (already
/// cleaned), so a large corpus streams through; the same documents always give the same bytes.
/// </summary>
public sealed class CorpusReport
{
    /// <summary>In the head of every report: kit report overwrites an existing file only when it holds this.</summary>
    public const string GeneratorMarker = "<meta name=\"generator\" content=\"kit report\">";

    public CorpusReport(ReportOptions? options = null)
    {
        Options = options ?? new ReportOptions();
        Sections =
        [
            new DocumentsSection(Options.MaxRows), new CleaningSection(), new TermsSection(Options.Pipeline.Analyzer), new ActorsSection(Options.Pipeline.Gazetteer),
            new CooccurrenceSection(Options.Pipeline.Cooccurrence, Options.Pipeline.Gazetteer), new QuotesSection(Options.Pipeline.Quotes, Options.QuoteRows),
        ];
    }

    public ReportOptions Options { get; }

    /// <summary>The sections in page order; add or remove sections before the first document.</summary>
    public List<IReportSection> Sections { get; }

    public int Documents { get; private set; }

    /// <summary>Analyzes a cleaned document with the options' pipeline (examples of normalization kept for the first ones) and adds it.</summary>
    public void Add(Document cleaned) => Add(Options.Pipeline.Analyze(cleaned, collectExamples: Documents < ExampleDocuments));

    /// <summary>The report's cleaning table shows examples of what each normalization step changed in these first documents.</summary>
    public const int ExampleDocuments = 100;

    /// <summary>Adds a document analyzed by the options' pipeline (its terms, mentions and quotes are what the sections count).</summary>
    public void Add(AnalyzedDocument analysis)
    {
        foreach (var section in Sections) section.Add(analysis);
        Documents++;
    }

    public string ToHtml() => ReportPage.Write(Options, Documents, Sections);

    /// <summary>The same page, written to a writer (a file) piece by piece.</summary>
    public void WriteTo(TextWriter page) => ReportPage.Write(page, Options, Documents, Sections);

    /// <summary>The report of a corpus in one call: each document cleaned, analyzed and added in order.</summary>
    public static string Build(IEnumerable<Document> documents, ReportOptions? options = null)
    {
        var report = new CorpusReport(options);
        foreach (var d in documents) report.Add(report.Options.Pipeline.Clean(d));
        return report.ToHtml();
    }
}
