using Kit.Actors;
using Kit.Corpus;
using Kit.Cooccurrence;

namespace Kit.Tests.Cooccurrence;

/// <summary>
/// A corpus of three short documents written for these tests; every expected value below was counted by hand from the
/// texts. The actors of each window (sentence windows):
///   d1 s0  كيري موسكو لافروف كيري لافروف → {kerry (2), moscow, lavrov (2)}
///   d1 s1  لافروف روسيا                    → {lavrov, russia}
///   d1 s2  كيري لافروف واشنطن              → {kerry, lavrov, washington}      (d1's second line: a second paragraph)
///   d2 s0  بوتين روسيا سوريا               → {putin, russia, syria}
///   d2 s1  بوتين موسكو                     → {putin, moscow}
///   d3 s0  كيري كيري                       → {kerry}  (twice, but no pair with itself)
///   d3 s1  (no actor)                      → {}       (still a window: N counts it)
/// N = 7 sentences. Windows per actor: kerry 3, lavrov 3, moscow 2, russia 2, putin 2, washington 1, syria 1.
/// </summary>
public class CooccurrenceCounterTests
{
    private const double Precision = 1e-9;

    public static readonly TextCorpus Tiny = new([
        new Document("d1", "زار كيري موسكو والتقى لافروف، وشكر كيري لافروف. وقال لافروف إن روسيا تريد السلام.\nورد كيري على لافروف من واشنطن."),
        new Document("d2", "تحدث بوتين عن روسيا وسوريا. وأكد بوتين أن موسكو مستعدة."),
        new Document("d3", "قال كيري إن كيري لا يتكلم عن نفسه. الجو جميل اليوم."),
    ]);

    private static CooccurrenceGraph Count(CooccurrenceOptions options) => Cooccurrences.Count(Tiny, options);

    [Fact]
    public void Sentence_windows_count_each_pair_once_per_sentence_with_no_self_pairs()
    {
        var g = Count(new CooccurrenceOptions(Window.Sentence));
        Assert.Equal(7, g.Windows);
        Assert.Equal(
            [("john-kerry", 5, 3), ("sergey-lavrov", 4, 3), ("moscow", 2, 2), ("russia", 2, 2), ("vladimir-putin", 2, 2), ("syria", 1, 1), ("washington", 1, 1)],
            g.Nodes.Select(n => (n.Actor, n.Mentions, n.Windows)));
        // kerry–lavrov: d1 s0 (both named twice: still 1) and d1 s2.
        Assert.Equal(2, g.Count("john-kerry", "sergey-lavrov"));
        Assert.Equal(
            new[] { "john-kerry|moscow", "john-kerry|sergey-lavrov", "john-kerry|washington", "moscow|sergey-lavrov", "moscow|vladimir-putin",
                    "russia|sergey-lavrov", "russia|syria", "russia|vladimir-putin", "sergey-lavrov|washington", "syria|vladimir-putin" },
            g.Edges.Select(e => $"{e.A.Actor}|{e.B.Actor}").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(g.Edges, e => e.A.Actor == e.B.Actor);
        Assert.Equal(0, g.Count("john-kerry", "vladimir-putin"));
    }

    [Fact]
    public void Measures_of_sentence_edges_match_the_hand_computation()
    {
        var g = Count(new CooccurrenceOptions(Window.Sentence));
        var kl = g.Edge("john-kerry", "sergey-lavrov")!;
        // both 2, kerry 3, lavrov 3, N 7: PMI log2(2·7/9) = 0.63742992, NPMI 0.63742992/log2(7/2) = 0.35268663, Dice 4/6, Jaccard 2/4.
        Assert.Equal(0.6374299206, kl.Pmi, Precision);
        Assert.Equal(0.3526866322, kl.Npmi, Precision);
        Assert.Equal(2.0 / 3, kl.Dice, Precision);
        Assert.Equal(0.5, kl.Jaccard, Precision);
        // kerry–washington: both 1, kerry 3, washington 1: PMI log2(7/3) = 1.22239242; Dice 2/4; Jaccard 1/3.
        var kw = g.Edge("washington", "john-kerry")!;
        Assert.Equal(1.2223924213, kw.Pmi, Precision);
        Assert.Equal(0.5, kw.Dice, Precision);
        Assert.Equal(1.0 / 3, kw.Jaccard, Precision);
        // russia–syria: both 1, russia 2, syria 1: PMI log2(7/2) = 1.80735492; NPMI 1.80735492/log2 7 = 0.64379281.
        var rs = g.Edge("russia", "syria")!;
        Assert.Equal(1.8073549221, rs.Pmi, Precision);
        Assert.Equal(0.6437928129, rs.Npmi, Precision);
    }

    [Fact]
    public void Evidence_gives_each_window_behind_an_edge_with_its_offsets_text_and_mentions()
    {
        var g = Count(new CooccurrenceOptions(Window.Sentence));
        var evidence = g.Evidence("sergey-lavrov", "john-kerry");
        Assert.Equal([("d1", 0, 47), ("d1", 82, 112)], evidence.Select(e => (e.Document, e.Start, e.End)));
        Assert.Equal("زار كيري موسكو والتقى لافروف، وشكر كيري لافروف.", evidence[0].Text);
        Assert.Equal("ورد كيري على لافروف من واشنطن.", evidence[1].Text);
        // The mentions of the two actors only (not موسكو), in text order, each pointing at its surface.
        Assert.Equal(["كيري", "لافروف", "كيري", "لافروف"], evidence[0].Mentions.Select(m => m.Surface));
        Assert.All(evidence.SelectMany(e => e.Mentions), m => Assert.Equal(m.Surface, Tiny["d1"].Text[m.Start..m.End]));
        Assert.Empty(g.Evidence("john-kerry", "vladimir-putin"));
    }

    [Fact]
    public void Paragraph_and_document_windows_count_fewer_larger_windows()
    {
        // Paragraphs: d1 line 1 {kerry, moscow, lavrov, russia}, d1 line 2 {kerry, lavrov, washington}, d2 {putin, russia, syria, moscow}, d3 {kerry}.
        var p = Count(new CooccurrenceOptions(Window.Paragraph));
        Assert.Equal(4, p.Windows);
        var kl = p.Edge("john-kerry", "sergey-lavrov")!;
        // both 2, kerry 3, lavrov 2, N 4: PMI log2(8/6) = 0.41503750; Dice 4/5; Jaccard 2/3.
        Assert.Equal(2, kl.Count);
        Assert.Equal(0.4150374993, kl.Pmi, Precision);
        Assert.Equal(0.8, kl.Dice, Precision);
        Assert.Equal(2.0 / 3, kl.Jaccard, Precision);
        // moscow and russia share both their paragraphs: NPMI, Dice and Jaccard all 1.
        var mr = p.Edge("moscow", "russia")!;
        Assert.Equal((2, 1.0, 1.0, 1.0, 1.0), (mr.Count, mr.Pmi, mr.Npmi, mr.Dice, mr.Jaccard));

        // Documents: d1 {kerry, moscow, lavrov, russia, washington}, d2 {putin, russia, syria, moscow}, d3 {kerry}.
        var d = Count(new CooccurrenceOptions(Window.Document));
        Assert.Equal(3, d.Windows);
        Assert.Equal(1, d.Count("john-kerry", "sergey-lavrov"));
        Assert.Equal(1, d.Count("vladimir-putin", "moscow")); // one sentence apart in d2: together only from the paragraph up
        Assert.Equal(0.5849625007, d.Edge("john-kerry", "sergey-lavrov")!.Pmi, Precision); // log2(1·3/(2·1))
        Assert.Equal([("d1", 0, Tiny["d1"].Text.Length)], d.Evidence("john-kerry", "sergey-lavrov").Select(e => (e.Document, e.Start, e.End)));
        // Pairs of the sentence count, 10, grow to 16: every pair within d1 (10) and d2 (6), moscow–russia once in each.
        Assert.Equal(10 + 6 - 1, d.Edges.Count);
    }

    [Fact]
    public void Folding_capitals_counts_moscow_as_russia_and_reports_each_folded_mention()
    {
        var g = Count(new CooccurrenceOptions(Window.Sentence, FoldCapitals: true));
        Assert.False(g.Contains("moscow"));
        Assert.False(g.Contains("washington"));
        // russia: 2 names + 2 موسكو; windows d1 s0, d1 s1, d2 s0, d2 s1.
        Assert.Equal((4, 4), (g.Node("russia").Mentions, g.Node("russia").Windows));
        Assert.Equal((1, 1), (g.Node("united-states").Mentions, g.Node("united-states").Windows));
        // putin–russia: d2 s0 (روسيا) and d2 s1 (موسكو): 2; PMI log2(2·7/(2·4)) = 0.80735492.
        Assert.Equal(2, g.Count("vladimir-putin", "russia"));
        Assert.Equal(0.8073549221, g.Edge("vladimir-putin", "russia")!.Pmi, Precision);
        Assert.Equal(2, g.Count("sergey-lavrov", "russia"));
        Assert.Equal([("d1", "موسكو", "russia"), ("d1", "واشنطن", "united-states"), ("d2", "موسكو", "russia")],
            g.Folded.Select(f => (f.Original.Document, f.Original.Surface, f.Into)));
        // In d2's document window موسكو and روسيا are one actor now: no pair with itself.
        var docs = Count(new CooccurrenceOptions(Window.Document, FoldCapitals: true));
        Assert.Equal(2, docs.Node("russia").Windows);
        Assert.DoesNotContain(docs.Edges, e => e.A == e.B);
    }

    [Fact]
    public void Types_choose_the_actors_that_take_part_after_capitals_are_folded()
    {
        var persons = Count(new CooccurrenceOptions(Types: [ActorType.Person]));
        Assert.Equal(["john-kerry", "sergey-lavrov", "vladimir-putin"], persons.Nodes.Select(n => n.Actor));
        Assert.Equal("john-kerry|sergey-lavrov", Assert.Single(persons.Edges).A.Actor + "|" + persons.Edges[0].B.Actor);
        Assert.Equal(7, persons.Windows); // the windows stay the same; only the actors change
        var countries = Count(new CooccurrenceOptions(Types: [ActorType.Country], FoldCapitals: true));
        Assert.Equal(["russia", "syria", "united-states"], countries.Nodes.Select(n => n.Actor).Order(StringComparer.Ordinal));
        var cities = Count(new CooccurrenceOptions(Types: [ActorType.City], FoldCapitals: true));
        Assert.Empty(cities.Nodes);
        Assert.Throws<ArgumentException>(() => Count(new CooccurrenceOptions(Types: ["people"])));
    }

    [Fact]
    public void Adjectives_take_part_only_when_switched_on()
    {
        // الروسي and الأمريكي are adjectives (Russia, United States) beside the names لافروف and أوباما.
        var text = new TextCorpus([new Document("d4", "قال وزير الخارجية الروسي سيرغي لافروف إن الرئيس الأمريكي باراك أوباما مخطئ.")]);
        var off = Cooccurrences.Count(text);
        Assert.Equal(["barack-obama|sergey-lavrov"], off.Edges.Select(e => $"{e.A.Actor}|{e.B.Actor}"));
        var on = Cooccurrences.Count(text, new CooccurrenceOptions(IncludeAdjectives: true));
        Assert.Equal(6, on.Edges.Count); // 4 actors: 4·3/2 pairs
        Assert.Equal(1, on.Count("russia", "sergey-lavrov"));
    }

    [Fact]
    public void Min_count_keeps_only_pairs_seen_in_enough_windows()
    {
        var g = Count(new CooccurrenceOptions(MinCount: 2));
        Assert.Equal("john-kerry|sergey-lavrov", Assert.Single(g.Edges).A.Actor + "|" + g.Edges[0].B.Actor);
        Assert.Equal(7, g.Nodes.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Count(new CooccurrenceOptions(MinCount: 0)));
    }

    [Fact]
    public void The_counter_works_on_windows_and_mentions_given_by_hand()
    {
        // Two windows of a made-up document; a appears twice in the first, with b; the second holds b and c.
        TextWindow[] windows = [new("x", Window.Sentence, 0, 0, 10, "0123456789"), new("x", Window.Sentence, 1, 11, 20, "bcdefghij")];
        Mention M(string actor, int start) => new("x", actor, ActorType.Person, "?", start, start + 1, 0, MentionKind.Name);
        var counter = new CooccurrenceCounter(gazetteer: Gazetteer.Default);
        counter.Add(windows, [M("a", 1), M("b", 3), M("a", 5), M("b", 12), M("c", 19)]);
        counter.Add([new TextWindow("y", Window.Sentence, 0, 0, 5, "empty")], []);
        var g = counter.Finish();
        Assert.Equal(3, g.Windows);
        // Most mentions first; a tie goes to the actor in more windows.
        Assert.Equal([("b", 2, 2), ("a", 2, 1), ("c", 1, 1)], g.Nodes.Select(n => (n.Actor, n.Mentions, n.Windows)));
        Assert.Equal([("a", "b", 1), ("b", "c", 1)], g.Edges.Select(e => (e.A.Actor, e.B.Actor, e.Count)).Order());
        // A mention outside every window is a caller's mistake, not something to drop silently.
        Assert.Throws<ArgumentException>(() => new CooccurrenceCounter().Add(windows, [M("a", 10)]));
    }

    [Fact]
    public void Counting_document_by_document_gives_the_same_graph_as_one_call()
    {
        var counter = new CooccurrenceCounter();
        foreach (var d in Tiny) counter.Add(d, MentionFinder.Default.Find(Tiny)); // the counter keeps each document's own mentions
        var streamed = counter.Finish();
        var once = Count(CooccurrenceOptions.Default);
        Assert.Equal(CooccurrenceJson.Write(once), CooccurrenceJson.Write(streamed));
    }

    [Fact]
    public void Sorting_by_a_measure_orders_edges_highest_first()
    {
        var g = Count(CooccurrenceOptions.Default);
        Assert.Equal(("john-kerry", "sergey-lavrov"), (g.Edges[0].A.Actor, g.Edges[0].B.Actor)); // the only count of 2
        var byPmi = g.SortBy("pmi");
        Assert.Equal(Measure.Pmi, byPmi.SortedBy);
        // Highest PMI: russia–syria and putin–syria (log2 7/2 each, the pairs whose rarer actor is in one window only): ties by id.
        Assert.Equal(("russia", "syria"), (byPmi.Edges[0].A.Actor, byPmi.Edges[0].B.Actor));
        Assert.True(byPmi.Edges.Zip(byPmi.Edges.Skip(1)).All(p => p.First.Pmi >= p.Second.Pmi));
        var top = g.TopEdges(3, Measure.Dice);
        Assert.Equal(3, top.Count);
        Assert.Equal(2.0 / 3, top[0].Dice, Precision); // kerry–lavrov
        Assert.Empty(g.TopEdges(5, Measure.Pmi, minCount: 3));
        Assert.Throws<ArgumentException>(() => g.SortBy("lift"));
    }
}
