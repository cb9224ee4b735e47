using Kit.Actors;
using Kit.Evaluation;
using Kit.Quotes;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Quotes;

/// <summary>
/// The extractor against hand-annotated gold (tests/gold/README-quotes.md). Spans: exact (same start and end) and
/// overlap. Pairs: the span matches and the speaker agrees (same actor when the gold names one, else the same span).
/// </summary>
public class QuoteGoldTests(ITestOutputHelper output)
{
    private QuoteEvaluation Evaluate(string label, IReadOnlyList<Quote> gold, IReadOnlyList<Quote> system)
    {
        var evaluation = QuoteGold.Evaluate(gold, system);
        output.WriteLine($"== {label}: {gold.Count} gold quotes, {system.Count} found, {system.Count(q => q.Speaker is null)} without a speaker");
        output.WriteLine(evaluation.ToString());
        return evaluation;
    }

    private static (IReadOnlyList<Quote> Gold, IReadOnlyList<Quote> System) Extra(string name)
    {
        var (text, gold) = QuoteGold.LoadExtra(name);
        return (gold, QuoteExtractor.Default.Extract(name, text));
    }

    [Fact]
    public void Seeds_clear_their_floors()
    {
        var e = Evaluate("seeds", QuoteGold.Load(), QuoteExtractor.Default.Extract(Seeds.Corpus.Clean()));
        // Goal of the issue: F1 >= 0.90 on pairs. Measured 2026-11-21: every figure 1.000 (80 of 80). In-sample: the
        // rules were written with the seeds and their gold in view.
        Assert.True(e.PairsExact.F1 >= 0.95, e.PairsExact.ToString());
        Assert.True(e.SpansExact.F1 >= 0.95, e.SpansExact.ToString());
        Assert.True(e.SpansOverlap.Precision >= 0.95 && e.SpansOverlap.Recall >= 0.95, e.SpansOverlap.ToString());
        Assert.True(e.KindRight >= 0.95 * e.ExactMatches && e.ResolvedRight >= 0.95 * e.ExactMatches, e.ToString());
    }

    [Fact]
    public void The_seeds_without_unmarked_speech_clear_their_floors()
    {
        // README-quotes.md: the six unmarked direct rows need first-person cues; the other 74 need only marks, colons, complementizers.
        string[] unmarked = ["000:1846", "001:942", "001:1035", "001:1329", "001:1663", "001:2182"];
        var gold = QuoteGold.Load().Where(q => !unmarked.Contains($"{q.Document[..3]}:{q.Start}")).ToList();
        var system = QuoteExtractor.Default.Extract(Seeds.Corpus.Clean()).Where(q => !unmarked.Contains($"{q.Document[..3]}:{q.Start}")).ToList();
        Assert.Equal(74, gold.Count);
        var e = Evaluate("seeds, marks + colons + complementizers (74)", gold, system);
        Assert.True(e.PairsExact.F1 >= 0.95, e.PairsExact.ToString());
    }

    [Fact]
    public void The_extra_text_clears_its_floors()
    {
        var (gold, system) = Extra("quotes-extra");
        var e = Evaluate("extra (the annotator's text; read while the rules were written)", gold, system);
        // Measured 2026-11-21: every figure 1.000 (14 of 14).
        Assert.True(e.PairsExact.F1 >= 0.90, e.PairsExact.ToString());
        Assert.True(e.SpansExact.F1 >= 0.90, e.SpansExact.ToString());
    }

    [Fact]
    public void The_held_out_texts_clear_their_floors()
    {
        // Both written and annotated by hand before the extractor first ran on them. Blind first runs (2026-11-21):
        // held-out 1: spans exact F1 0.898, pairs exact F1 0.694; held-out 2 (after fixes made on held-out 1): spans
        // exact F1 0.914, pairs exact F1 0.686. The rules were then improved on what they showed, so the figures now
        // (held-out 1: all 1.000; held-out 2: spans 1.000, pairs 0.737) are no longer blind. See README-quotes.md.
        var (gold1, system1) = Extra("quotes-heldout");
        var e1 = Evaluate("held-out 1", gold1, system1);
        Assert.True(e1.PairsExact.F1 >= 0.90, e1.PairsExact.ToString());
        Assert.True(e1.SpansExact.F1 >= 0.90, e1.SpansExact.ToString());
        var (gold2, system2) = Extra("quotes-heldout-2");
        var e2 = Evaluate("held-out 2", gold2, system2);
        Assert.True(e2.PairsExact.F1 >= 0.70, e2.PairsExact.ToString());
        Assert.True(e2.SpansExact.F1 >= 0.90, e2.SpansExact.ToString());
        // Of its wrong pairs, most are speakers left empty (names the gazetteer lacks), not wrong guesses.
        Assert.True(e2.WrongSpeaker.Count(w => w.System.Speaker is null) >= e2.WrongSpeaker.Count - 1, e2.ToString());
    }

    [Fact]
    public void Scores_count_a_wrong_speaker_as_a_right_span_but_a_wrong_pair()
    {
        var gold = new Quote("d", QuoteKind.Indirect, "x", 10, 20, "قال", new QuoteSpeaker("كيري", 0, 4, "john-kerry", false, "gold", ""));
        var wrong = gold with { Speaker = gold.Speaker! with { Actor = "sergey-lavrov" } };
        var shifted = gold with { Start = 12 };
        var e = QuoteGold.Evaluate([gold], [wrong]);
        Assert.Equal((1, 0), (e.SpansExact.TruePositives, e.PairsExact.TruePositives));
        var o = QuoteGold.Evaluate([gold], [shifted]);
        Assert.Equal((0, 1, 1), (o.SpansExact.TruePositives, o.SpansOverlap.TruePositives, o.PairsOverlap.TruePositives));
    }

    [Theory]
    [InlineData("quotes.tsv", 80)]
    [InlineData("extra/quotes-extra.tsv", 14)]
    [InlineData("extra/quotes-heldout.tsv", 25)]
    [InlineData("extra/quotes-heldout-2.tsv", 19)]
    public void Every_gold_row_is_the_text_it_names_and_every_actor_exists(string file, int rows)
    {
        var path = Path.Combine(Path.GetDirectoryName(QuoteGold.DefaultPath)!, file);
        var gold = QuoteGold.Load(path);
        Assert.Equal(rows, gold.Count);
        var corpus = Seeds.Corpus;
        foreach (var q in gold)
        {
            string text = q.Document.StartsWith("quotes-", StringComparison.Ordinal)
                ? File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, q.Document + ".txt"))
                : corpus[q.Document].Text;
            Assert.Equal(q.Text, text[q.Start..q.End]);
            Assert.Equal(q.SpeakerText, text[q.Speaker!.Start..q.Speaker.End]);
            if (q.Actor is not null) Assert.True(Gazetteer.Default.ById.ContainsKey(q.Actor), q.Actor);
        }
    }
}
