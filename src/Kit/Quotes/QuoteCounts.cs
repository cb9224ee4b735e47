using Kit.Actors;
using Kit.Charts;
using Kit.Display;

namespace Kit.Quotes;

/// <summary>
/// Quotes counted per speaking actor, and "who is quoted on whom": for each quote, the actors named by the mentions
/// inside its span (by name, the speaker excluded; see QuotedOnTally), each pair once per quote, with the quotes as evidence.
/// </summary>
[TypeFormatterSource(typeof(QuoteFormatters))]
public sealed class QuoteCounts
{
    private readonly Gazetteer _gazetteer;

    private QuoteCounts(IReadOnlyList<Quote> quotes, Gazetteer gazetteer, MentionFinder finder)
    {
        _gazetteer = gazetteer;
        Quotes = quotes;
        // Ties are broken by id, so the same quotes always give the same order (and the same chart).
        // Counted by the same tally the report streams through, document by document.
        var tally = new QuoteTally();
        foreach (var document in quotes.GroupBy(q => q.Document, StringComparer.Ordinal)) tally.Add(document);
        BySpeaker = tally.Finish(gazetteer);
        var onWhom = new QuotedOnTally(finder);
        onWhom.Add(quotes);
        WhoOnWhom = onWhom.Finish(gazetteer);
    }

    public static QuoteCounts Of(IEnumerable<Quote> quotes, Gazetteer? gazetteer = null, MentionFinder? finder = null)
    {
        finder ??= gazetteer is null ? MentionFinder.Default : new MentionFinder(gazetteer);
        return new QuoteCounts(quotes.ToList(), gazetteer ?? finder.Gazetteer, finder);
    }

    public IReadOnlyList<Quote> Quotes { get; }

    public IReadOnlyList<SpeakerCount> BySpeaker { get; }

    public IReadOnlyList<QuotedOn> WhoOnWhom { get; }

    /// <summary>Quotes with a speaker but no actor: experts, officials, sources the text does not name.</summary>
    public int UnnamedSources => Quotes.Count(q => q.Speaker is not null && q.Actor is null);

    /// <summary>Quotes whose speaker no rule found.</summary>
    public int WithoutSpeaker => Quotes.Count(q => q.Speaker is null);

    public int this[string actor] => BySpeaker.FirstOrDefault(c => c.Actor == actor)?.Quotes ?? 0;

    /// <summary>The quotes of one speaker about one actor: the evidence behind a cell of the heatmap.</summary>
    public IReadOnlyList<Quote> Evidence(string speaker, string about) =>
        WhoOnWhom.FirstOrDefault(o => o.Speaker == speaker && o.About == about)?.Quotes ?? [];

    /// <summary>The most quoted actors as a horizontal bar chart.</summary>
    public Figure Chart(int top = 15, string? title = null) => Chart(BySpeaker, top, title);

    /// <summary>The bar chart of speaker counts made elsewhere (a report that counts as it streams).</summary>
    public static Figure Chart(IEnumerable<SpeakerCount> bySpeaker, int top = 15, string? title = null)
    {
        var rows = bySpeaker.Take(top).ToList();
        return Charts.Chart.Bar(title ?? "Who is quoted most", rows.Select(r => (r.Name, (double)r.Quotes)), "quotes",
            rows.Select(r => $"{r.English}: {r.Quotes} quotes ({r.Direct} direct, {r.Indirect} indirect, {r.Mixed} mixed) in {r.Documents} documents"));
    }

    public HtmlTable SpeakerTable(int top = 20) =>
        HtmlTable.Of(BySpeaker.Take(top),
            ("speaker", c => c.Name), ("english", c => c.English), ("quotes", c => c.Quotes), ("direct", c => c.Direct),
            ("indirect", c => c.Indirect), ("mixed", c => c.Mixed), ("documents", c => c.Documents))
        .WithCaption($"{Quotes.Count} quotes: {Quotes.Count - UnnamedSources - WithoutSpeaker} by {BySpeaker.Count} actors, {UnnamedSources} by unnamed sources, {WithoutSpeaker} without a speaker");

    public HtmlTable WhoOnWhomTable(int top = 15) =>
        HtmlTable.Of(WhoOnWhom.Take(top),
            ("speaker", o => o.SpeakerName), ("quoted on", o => o.AboutName), ("quotes", o => o.Count),
            ("for example", o => o.Quotes[0].Text.Length <= 90 ? o.Quotes[0].Text : o.Quotes[0].Text[..89] + "…"));

    /// <summary>Speakers as rows, the actors their quotes name as columns; each cell counts quotes.</summary>
    public Figure WhoOnWhomHeatmap(int speakers = 8, int about = 10, string? title = null)
    {
        var rows = BySpeaker.Select(s => s.Actor).Where(a => WhoOnWhom.Any(o => o.Speaker == a)).Take(speakers).ToList();
        var columns = WhoOnWhom.Where(o => rows.Contains(o.Speaker)).GroupBy(o => o.About)
            .OrderByDescending(g => g.Sum(o => o.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).Take(about).ToList();
        var values = rows.Select(r => (IReadOnlyList<double?>)columns.Select(c => (double?)(Evidence(r, c).Count is int n && n > 0 ? n : null)).ToList()).ToList();
        return Charts.Chart.Heatmap(title ?? "Who is quoted on whom (quotes of the row's speaker that name the column's actor)",
            rows.Select(NameOf).ToList(), columns.Select(NameOf).ToList(), values);
    }

    private string NameOf(string id) => _gazetteer.NameOf(id);

    private string EnglishOf(string id) => _gazetteer.EnglishOf(id);

    public override string ToString() =>
        string.Join("\n", BySpeaker.Take(10).Select(c => $"{c.Name} {c.Quotes}")) + (BySpeaker.Count > 10 ? "\n…" : "");
}
