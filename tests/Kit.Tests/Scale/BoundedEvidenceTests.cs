using Kit.Cooccurrence;
using Kit.Tests.Support;

namespace Kit.Tests.Scale;

/// <summary>A co-occurrence count over a large corpus keeps its tallies and only the first windows of each pair.</summary>
public class BoundedEvidenceTests
{
    private static readonly Kit.Corpus.TextCorpus Corpus = Seeds.Corpus.Clean();

    [Fact]
    public void Counts_go_on_past_the_evidence_kept_and_the_evidence_is_the_first_windows()
    {
        var all = Cooccurrences.Count(Corpus, new CooccurrenceOptions(MaxEvidence: int.MaxValue));
        var capped = Cooccurrences.Count(Corpus, new CooccurrenceOptions(MaxEvidence: 2));
        Assert.Contains(all.Edges, e => e.Count > 2); // else the cap would not be tested
        Assert.Equal(all.Edges.Count, capped.Edges.Count);
        foreach (var edge in all.Edges)
        {
            var other = capped.Edge(edge.A.Actor, edge.B.Actor)!;
            Assert.Equal((edge.Count, edge.Pmi, edge.Dice), (other.Count, other.Pmi, other.Dice));
            Assert.Equal(edge.Evidence.Take(2).Select(e => (e.Document, e.Start)), other.Evidence.Select(e => (e.Document, e.Start)));
            Assert.Equal(edge.Count, capped.Evidence(edge.A.Actor, edge.B.Actor).Total);
        }
    }

    [Fact]
    public void Evidence_text_kept_for_the_first_windows_places_for_all_kept()
    {
        var all = Cooccurrences.Count(Corpus, CooccurrenceOptions.Default);
        var few = Cooccurrences.Count(Corpus, CooccurrenceOptions.Default with { EvidenceText = 3 });
        Assert.Contains(all.Edges, e => e.Count > 3); // else the bound would not be tested
        foreach (var edge in all.Edges)
        {
            var other = few.Edge(edge.A.Actor, edge.B.Actor)!;
            Assert.Equal(edge.Count, other.Count);
            Assert.Equal(edge.Places, other.Places);
            Assert.Equal(edge.Evidence.Select(e => new WindowPlace(e.Document, e.Start, e.End)), edge.Places);
            Assert.Equal(edge.Evidence.Take(3).Select(e => (e.Window, e.Text)), other.Evidence.Select(e => (e.Window, e.Text)));
        }
    }

    [Fact]
    public void The_default_cap_keeps_every_window_of_the_seeds()
    {
        var graph = Cooccurrences.Count(Corpus, Window.Sentence);
        Assert.All(graph.Edges, e => Assert.Equal(e.Count, e.Evidence.Count));
        Assert.True(CooccurrenceOptions.DefaultMaxEvidence >= graph.Edges.Max(e => e.Count));
    }
}
