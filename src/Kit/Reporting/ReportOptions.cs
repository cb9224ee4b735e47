namespace Kit.Reporting;

/// <summary>How a report is made: its title, how many rows each table shows, and the analysis pipeline (gazetteer, verbs, window) it runs.</summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "Corpus report";

    /// <summary>Shown under the title, e.g. the folder the articles came from.</summary>
    public string? Source { get; init; }

    public int TopTerms { get; init; } = 30;

    public int TopActors { get; init; } = 20;

    /// <summary>Tables of documents and quotes stop here on a big corpus, and say how many rows they left out.</summary>
    public int MaxRows { get; init; } = 200;

    /// <summary>Quotes shown in the quote table: the first few, enough to read; kit quotes lists them all.</summary>
    public int QuoteRows { get; init; } = 20;

    /// <summary>What analyzes each document and configures the sections (gazetteer, verbs, analyzer, co-occurrence window).</summary>
    public AnalysisPipeline Pipeline { get; init; } = AnalysisPipeline.Default;

    /// <summary>The text of plotly.min.js to inline (an offline report), or null to load the pinned CDN copy.</summary>
    public string? PlotlyJs { get; init; }
}
