using Kit.Actors;
using Kit.Charts;
using Kit.Display;

namespace Kit.Reporting.Sections;

/// <summary>Actor mentions by name: per actor (chart and table) and per type.</summary>
public sealed class ActorsSection(Gazetteer? gazetteer = null) : IReportSection
{
    private readonly Gazetteer gazetteer = gazetteer ?? Gazetteer.Default;
    private readonly Dictionary<string, (string Type, int Mentions, int Documents)> actors = new(StringComparer.Ordinal);

    public string Id => "actors";

    public string Title => "Actors";

    public void Add(DocumentAnalysis document)
    {
        foreach (var g in document.Mentions.Where(m => m.Kind == MentionKind.Name).GroupBy(m => m.Actor))
        {
            var (_, mentions, documents) = actors.GetValueOrDefault(g.Key, (g.First().Type, 0, 0));
            actors[g.Key] = (g.First().Type, mentions + g.Count(), documents + 1);
        }
    }

    public string ToHtml(ReportContext context)
    {
        if (actors.Count == 0) return "<p>No actor of the gazetteer is mentioned.</p>";
        string Name(string id) => gazetteer.NameOf(id);
        string English(string id) => gazetteer.EnglishOf(id);
        var top = actors.OrderByDescending(a => a.Value.Mentions).ThenBy(a => a.Key, StringComparer.Ordinal).Take(context.Options.TopActors).ToList();
        var chart = Chart.Bar($"The {top.Count} most mentioned actors", top.Select(a => (Name(a.Key), (double)a.Value.Mentions)), "mentions",
            top.Select(a => $"{English(a.Key)} ({a.Value.Type}): {a.Value.Mentions} mentions in {a.Value.Documents} documents"));
        var byType = actors.GroupBy(a => a.Value.Type).OrderByDescending(g => g.Sum(a => a.Value.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal);
        return chart.ToHtmlDiv()
            + HtmlTable.Of(byType, ("type", g => g.Key), ("actors", g => g.Count()), ("mentions", g => g.Sum(a => a.Value.Mentions)))
                .WithCaption($"{actors.Count} actors, {actors.Sum(a => a.Value.Mentions)} mentions by name").ToHtml()
            + HtmlTable.Of(top, ("actor", a => Name(a.Key)), ("english", a => English(a.Key)), ("type", a => a.Value.Type),
                ("mentions", a => a.Value.Mentions), ("documents", a => a.Value.Documents)).ToHtml();
    }
}
