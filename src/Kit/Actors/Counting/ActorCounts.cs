using Kit.Charts;
using Kit.Display;

namespace Kit.Actors.Counting;

/// <summary>
/// Mentions counted per actor, per type and per document. Names only by default: a nationality adjective
/// (الروسي) points at a country but is not a mention of it by name; pass includeAdjectives to count them too.
/// </summary>
[TypeFormatterSource(typeof(ActorCountFormatters))]
public sealed class ActorCounts
{
    private ActorCounts(IReadOnlyList<Mention> mentions, Gazetteer gazetteer)
    {
        Mentions = mentions;
        string NameOf(string id) => gazetteer.NameOf(id);
        // Ties are broken by id, so the same corpus always gives the same order (and the same chart).
        // Counted by the same tally the report streams through, document by document.
        var tally = new ActorTally(gazetteer, includeAdjectives: true); // the mentions are already the ones asked for
        foreach (var document in mentions.GroupBy(m => m.Document, StringComparer.Ordinal)) tally.Add(document);
        (ByActor, ByType) = tally.Finish();
        ByDocument = mentions.GroupBy(m => (m.Document, m.Actor))
            .Select(g => new DocumentActorCount(g.Key.Document, g.Key.Actor, NameOf(g.Key.Actor), g.First().Type, g.Count()))
            .OrderBy(c => c.Document, StringComparer.Ordinal).ThenByDescending(c => c.Mentions).ThenBy(c => c.Actor, StringComparer.Ordinal).ToList();
    }

    public static ActorCounts Of(IEnumerable<Mention> mentions, Gazetteer? gazetteer = null, bool includeAdjectives = false) =>
        new(mentions.Where(m => includeAdjectives || m.Kind == MentionKind.Name).ToList(), gazetteer ?? Gazetteer.Default);

    public IReadOnlyList<Mention> Mentions { get; }

    public IReadOnlyList<ActorCount> ByActor { get; }

    public IReadOnlyList<TypeCount> ByType { get; }

    public IReadOnlyList<DocumentActorCount> ByDocument { get; }

    public int this[string actor] => ByActor.FirstOrDefault(c => c.Actor == actor)?.Mentions ?? 0;

    public IEnumerable<ActorCount> Top(int count, string? type = null) => ByActor.Where(c => type is null || c.Type == type).Take(count);

    /// <summary>The most mentioned actors as a horizontal bar chart, Arabic names on the y axis.</summary>
    public Figure Chart(int top = 15, string? type = null, string? title = null)
    {
        var rows = Top(top, type).ToList();
        return Charts.Chart.Bar(title ?? $"Most mentioned {(type is null ? "actors" : type + " actors")}",
            rows.Select(r => (r.Name, (double)r.Mentions)), "mentions",
            rows.Select(r => $"{r.English} ({r.Type}): {r.Mentions} mentions in {r.Documents} documents"));
    }

    public HtmlTable ActorTable(int top = 20, string? type = null) =>
        HtmlTable.Of(Top(top, type),
            ("actor", c => c.Name), ("english", c => c.English), ("type", c => c.Type), ("mentions", c => c.Mentions), ("documents", c => c.Documents))
            .WithCaption($"{ByActor.Count} actors, {Mentions.Count} mentions");

    public HtmlTable TypeTable() =>
        HtmlTable.Of(ByType, ("type", t => t.Type), ("actors", t => t.Actors), ("mentions", t => t.Mentions));

    /// <summary>Documents as rows, the top actors as columns: who dominates which article.</summary>
    public HtmlTable DocumentTable(int topActors = 8)
    {
        var actors = ByActor.Take(topActors).ToList();
        var documents = ByDocument.Select(d => d.Document).Distinct().ToList();
        var columns = new List<(string, Func<string, object?>)> { ("document", d => d) };
        foreach (var a in actors)
            columns.Add((a.Name, d => ByDocument.FirstOrDefault(c => c.Document == d && c.Actor == a.Actor)?.Mentions ?? 0));
        return HtmlTable.Of(documents, [.. columns]);
    }

    public override string ToString() =>
        string.Join("\n", ByActor.Take(10).Select(c => $"{c.Name} ({c.Type}) {c.Mentions}")) + (ByActor.Count > 10 ? "\n…" : "");
}
