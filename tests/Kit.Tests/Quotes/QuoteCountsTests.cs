using Kit.Display;
using Kit.Quotes;

namespace Kit.Tests.Quotes;

public class QuoteCountsTests
{
    private static Quote Q(string actor, string text, QuoteKind kind = QuoteKind.Indirect, string doc = "d") =>
        new(doc, kind, text, 0, text.Length, "قال", new QuoteSpeaker(actor, 0, 1, actor, false, "test", ""));

    // Three quotes by Kerry (two name Russia, one names Syria and Kerry himself), one by Lavrov, one unnamed source.
    private static readonly Quote[] Quotes =
    [
        Q("john-kerry", "روسيا مستعدة للحوار"),
        Q("john-kerry", "على روسيا أن تضغط على دمشق", QuoteKind.Direct, "e"),
        Q("john-kerry", "كيري سيزور سوريا", QuoteKind.Mixed),
        Q("sergey-lavrov", "واشنطن رفضت استقبال الوفد"),
        new("d", QuoteKind.Indirect, "الحوار مفيد", 0, 11, "قال", new QuoteSpeaker("خبراء", 0, 5, null, false, "test", "")),
    ];

    [Fact]
    public void Quotes_per_speaker_by_kind_unnamed_sources_apart()
    {
        var counts = QuoteCounts.Of(Quotes);
        Assert.Equal([("john-kerry", 3, 1, 1, 1, 2), ("sergey-lavrov", 1, 0, 1, 0, 1)],
            counts.BySpeaker.Select(c => (c.Actor, c.Quotes, c.Direct, c.Indirect, c.Mixed, c.Documents)));
        Assert.Equal((1, 0), (counts.UnnamedSources, counts.WithoutSpeaker));
        Assert.Equal(3, counts["john-kerry"]);
    }

    [Fact]
    public void Who_is_quoted_on_whom_counts_each_quote_once_and_never_the_speaker_himself()
    {
        var counts = QuoteCounts.Of(Quotes);
        Assert.Equal([("john-kerry", "russia", 2), ("john-kerry", "damascus", 1), ("john-kerry", "syria", 1), ("sergey-lavrov", "washington", 1)],
            counts.WhoOnWhom.Select(o => (o.Speaker, o.About, o.Count)));
        Assert.Equal(2, counts.Evidence("john-kerry", "russia").Count);
        Assert.Empty(counts.Evidence("john-kerry", "john-kerry"));
    }

    [Fact]
    public void Who_is_quoted_on_whom_reads_the_mentions_found_in_the_document_not_the_quote_text_again()
    {
        // The mentions a quote carries are read as they are: one of Russia although its text names no one, none
        // although its text names Syria (a finder run on the text would say the opposite).
        var russia = new Kit.Actors.Mention("d", "russia", "country", "روسيا", 40, 45, 0, Kit.Actors.MentionKind.Name);
        var counts = QuoteCounts.Of([
            Q("john-kerry", "الحوار مفيد") with { Mentions = [russia] },
            Q("john-kerry", "سوريا مهمة") with { Mentions = [] },
        ]);
        Assert.Equal([("john-kerry", "russia", 1)], counts.WhoOnWhom.Select(o => (o.Speaker, o.About, o.Count)));
    }

    [Fact]
    public void Extracted_quotes_carry_the_document_mentions_inside_their_span()
    {
        const string text = "قال لافروف إن روسيا مستعدة للحوار مع واشنطن.";
        var quote = Assert.Single(QuoteExtractor.Default.Extract("d", text));
        Assert.Equal("sergey-lavrov", quote.Actor);
        // لافروف speaks before the quote: of the document's three mentions, the two inside it.
        Assert.Equal(["russia", "washington"], quote.Mentions!.Select(m => m.Actor));
        Assert.All(quote.Mentions!, m => Assert.True(quote.Start <= m.Start && m.End <= quote.End));
        Assert.Equal([("sergey-lavrov", "russia"), ("sergey-lavrov", "washington")],
            QuoteCounts.Of([quote]).WhoOnWhom.Select(o => (o.Speaker, o.About)));
    }

    [Fact]
    public void Charts_and_tables_carry_the_counts()
    {
        var counts = QuoteCounts.Of(Quotes);
        var json = counts.Chart().ToPlotlyJson();
        Assert.Contains("جون كيري", json);
        Assert.Contains("\"x\":[3,1]", json.Replace(" ", ""));
        Assert.Contains("5 quotes: 4 by 2 actors, 1 by unnamed sources, 0 without a speaker", counts.SpeakerTable().ToHtml());
        Assert.Contains("heatmap", counts.WhoOnWhomHeatmap().ToPlotlyJson());
    }

    [Fact]
    public void A_quote_displays_as_an_escaped_table()
    {
        var quote = Q("john-kerry", "<b>روسيا</b> مستعدة");
        string html = QuoteViews.Table([quote]).ToHtml();
        Assert.Contains("&lt;b&gt;", html);
        Assert.DoesNotContain("<b>روسيا", html);
    }
}
