using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Charts;
using Kit.Display;

namespace Kit.Reporting.Sections;

/// <summary>Actor mentions by name: per actor (chart and table) and per type.</summary>
public sealed class ActorsSection(Gazetteer? gazetteer = null) : IReportSection
{
    private readonly ActorTally tally = new(gazetteer);

    public string Id => "actors";

    public string Title => "Actors";

    public void Add(AnalyzedDocument document) => tally.Add(document.Mentions);

    public string ToHtml(ReportContext context)
    {
        var (actors, byType) = tally.Finish();
        if (actors.Count == 0) return "<p>No actor of the gazetteer is mentioned.</p>";
        var top = actors.Take(context.Options.TopActors).ToList();
        var chart = Chart.Bar($"The {top.Count} most mentioned actors", top.Select(a => (a.Name, (double)a.Mentions)), "mentions",
            top.Select(a => $"{a.English} ({a.Type}): {a.Mentions} mentions in {a.Documents} documents"));
        return chart.ToHtmlDiv()
            + HtmlTable.Of(byType, ("type", t => t.Type), ("actors", t => t.Actors), ("mentions", t => t.Mentions))
                .WithCaption($"{actors.Count} actors, {actors.Sum(a => a.Mentions)} mentions by name").ToHtml()
            + HtmlTable.Of(top, ("actor", a => a.Name), ("english", a => a.English), ("type", a => a.Type),
                ("mentions", a => a.Mentions), ("documents", a => a.Documents)).ToHtml();
    }
}
