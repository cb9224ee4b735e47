namespace Kit.Reporting;

/// <summary>
/// One part of the report. Sections see the corpus one document at a time (Add) and keep only what they need, so
/// a report of a large corpus holds totals, not texts; ToHtml writes the section once every document was added.
/// </summary>
public interface IReportSection
{
    string Id { get; }

    string Title { get; }

    void Add(AnalyzedDocument document);

    string ToHtml(ReportContext context);
}

/// <summary>What sections share when they write: the options and how figures load plotly.js.</summary>
public sealed record ReportContext(ReportOptions Options, int Documents);
