using Kit.Actors;
using Kit.Cooccurrence;
using Kit.Tests.Support;
using Kit.Tokenization;

namespace Kit.Tests.Cooccurrence;

/// <summary>
/// Co-occurrence on the five seeds. The facts asserted here were read in the files (grep and reading the sentences), not
/// taken from the code's output; the rest are properties every count must have.
/// </summary>
public class CooccurrenceSeedsTests
{
    private static readonly Kit.Corpus.TextCorpus Corpus = Seeds.Corpus.Clean();

    private static readonly Lazy<CooccurrenceGraph> Sentences = new(() => Cooccurrences.Count(Corpus, Window.Sentence));
    private static readonly Lazy<CooccurrenceGraph> Paragraphs = new(() => Cooccurrences.Count(Corpus, Window.Paragraph));
    private static readonly Lazy<CooccurrenceGraph> Documents = new(() => Cooccurrences.Count(Corpus, Window.Document));

    public static TheoryData<Window> AllWindows() => new(Window.Sentence, Window.Paragraph, Window.Document);

    private static CooccurrenceGraph Of(Window window) => window switch
    {
        Window.Sentence => Sentences.Value,
        Window.Paragraph => Paragraphs.Value,
        _ => Documents.Value,
    };

    [Fact]
    public void Window_counts_are_the_documents_paragraphs_and_sentences_of_the_cleaned_seeds()
    {
        Assert.Equal(5, Documents.Value.Windows);
        // Non-blank lines (grep -c '[^[:space:]]'): 000 1, 001 2, 002 17, 003 14, 004 2 = 36; cleaning blanks the share
        // line of 001 and the two "اقرأ أيضاً" lines of 002: 33 paragraphs.
        Assert.Equal(33, Paragraphs.Value.Windows);
        Assert.Equal(Corpus.Sum(d => SentenceSplitter.Split(d.AnalysisText).Count), Sentences.Value.Windows);
    }

    [Fact]
    public void Kerry_and_lavrov_share_two_sentences_one_in_000_and_one_in_003()
    {
        // 000: "… بين جون كيري ونظيره الروسي سيرجي لافروف …"; 003: "… أن يجتمع كيري بنظيره الروسي سيرغي لافروف اليوم الجمعة".
        // 002 names لافروف but never كيري.
        var evidence = Sentences.Value.Evidence("john-kerry", "sergey-lavrov");
        Assert.Equal(["000", "003"], evidence.Select(e => e.Document[..3]));
        Assert.All(evidence, e => Assert.Contains("لافروف", e.Text));
        Assert.All(evidence, e => Assert.Contains("كيري", e.Text));
        Assert.Contains("سيرجي لافروف", evidence[0].Text);
        Assert.Contains("يجتمع كيري بنظيره الروسي سيرغي لافروف", evidence[1].Text);
        Assert.Equal(2, Documents.Value.Count("john-kerry", "sergey-lavrov"));
    }

    [Fact]
    public void Putin_and_obama_never_share_a_sentence_but_share_two_documents()
    {
        // بوتين is in 000, 002, 003, 004 and أوباما in 001, 002, 004; no sentence of 002 or 004 names both.
        Assert.Equal(0, Sentences.Value.Count("vladimir-putin", "barack-obama"));
        Assert.Equal(["002", "004"], Documents.Value.Evidence("vladimir-putin", "barack-obama").Select(e => e.Document[..3]));
    }

    [Fact]
    public void Moscow_and_washington_glued_together_still_make_a_pair()
    {
        // 000: "… الحوار بين موسكووواشنطن …": one word on the page, two actors.
        var evidence = Sentences.Value.Evidence("moscow", "washington");
        var glued = Assert.Single(evidence, e => e.Text.Contains("موسكووواشنطن"));
        Assert.StartsWith("000", glued.Document);
        int word = glued.Start + glued.Text.IndexOf("موسكووواشنطن");
        Assert.Contains(glued.Mentions, m => (m.Actor, m.Start, m.End) == ("moscow", word, word + 5));
        Assert.Contains(glued.Mentions, m => (m.Actor, m.Start, m.End) == ("washington", word + 6, word + 12));
    }

    [Theory]
    [MemberData(nameof(AllWindows))]
    public void Every_evidence_window_holds_both_actors_at_the_offsets_it_gives(Window window)
    {
        var graph = Of(window);
        Assert.NotEmpty(graph.Edges);
        foreach (var edge in graph.Edges)
        {
            Assert.Equal(edge.Count, edge.Evidence.Count);
            Assert.Equal(edge.Count, edge.Evidence.Select(e => (e.Document, e.Start)).Distinct().Count()); // each window once
            foreach (var e in edge.Evidence)
            {
                var document = Corpus[e.Document];
                Assert.Equal(document.Text[e.Start..e.End], e.Text);
                Assert.Equal([edge.A.Actor, edge.B.Actor], e.Mentions.Select(m => m.Actor).Distinct().Order(StringComparer.Ordinal));
                Assert.All(e.Mentions, m =>
                {
                    Assert.InRange(m.Start, e.Start, e.End - 1);
                    Assert.Equal(m.Surface, document.Text[m.Start..m.End]);
                });
            }
        }
    }

    [Fact]
    public void Every_window_behind_a_pair_lies_inside_a_larger_window_behind_the_same_pair()
    {
        // A sentence lies inside one paragraph, a paragraph inside one document. Counts are not comparable (a paragraph
        // of three sentences is one window, not three), but the pairs and where they come from are.
        static void Inside(CooccurrenceGraph small, CooccurrenceGraph large)
        {
            foreach (var edge in small.Edges)
            {
                var outer = large.Edge(edge.A.Actor, edge.B.Actor);
                Assert.True(outer is not null, edge.ToString());
                Assert.All(edge.Evidence, e => Assert.Contains(outer.Evidence, o => o.Document == e.Document && o.Start <= e.Start && e.End <= o.End));
            }
        }
        Inside(Sentences.Value, Paragraphs.Value);
        Inside(Paragraphs.Value, Documents.Value);
        Assert.True(Documents.Value.Edges.Count > Sentences.Value.Edges.Count);
    }

    [Fact]
    public void Nodes_hold_every_name_mention_once_and_no_adjective()
    {
        var mentions = MentionFinder.Default.Find(Corpus).Where(m => m.Kind == MentionKind.Name).ToList();
        Assert.Equal(mentions.Count, Sentences.Value.Nodes.Sum(n => n.Mentions));
        Assert.Equal(mentions.Count(m => m.Actor == "russia"), Sentences.Value.Node("russia").Mentions);
    }

    [Fact]
    public void Folding_gives_each_capitals_mentions_to_its_country()
    {
        var folded = Cooccurrences.Count(Corpus, new CooccurrenceOptions(FoldCapitals: true));
        var plain = Sentences.Value;
        Assert.DoesNotContain(folded.Nodes, n => Gazetteer.Default[n.Actor].IsCapital);
        Assert.Equal(plain.Node("russia").Mentions + plain.Node("moscow").Mentions, folded.Node("russia").Mentions);
        Assert.Equal(plain.Node("united-states").Mentions + plain.Node("washington").Mentions, folded.Node("united-states").Mentions);
        Assert.Equal(plain.Nodes.Where(n => Gazetteer.Default[n.Actor].IsCapital).Sum(n => n.Mentions), folded.Folded.Count);
        Assert.All(folded.Folded, f => Assert.Equal(Gazetteer.Default[f.Original.Actor].Country, f.Into));
        // A sentence naming روسيا and موسكو now holds one actor: folding can only lower Russia's window count below the sum.
        Assert.True(folded.Node("russia").Windows <= plain.Node("russia").Windows + plain.Node("moscow").Windows);
    }
}
