using Kit.Actors;
using Kit.Evaluation;
using Kit.Quotes;

namespace Kit.Tests.Evaluation;

/// <summary>The blind-set scorer on cases worked out by hand.</summary>
public class BlindScorerTests
{
    private static Mention Person(int start, int end) => new("d", "x", ActorType.Person, "", start, end, 0, MentionKind.Name);

    private static Quote Said(int start, int end, int speakerStart, int speakerEnd) =>
        new("d", QuoteKind.Indirect, "", start, end, "قال", speakerStart < 0 ? null : new QuoteSpeaker("", speakerStart, speakerEnd, null, false, "test", ""));

    private static GoldQuote Gold(int start, int end, int speakerStart, int speakerEnd, string person) =>
        new("d", "indirect", start, end, "", speakerStart, speakerEnd, "", person, "قال", false);

    [Fact]
    public void Person_mentions_count_each_gold_span_once()
    {
        // Gold: [10,20) and [30,40). Predicted: [12,18) right, [15,19) a second piece of the same gold (wrong), [50,55) wrong; [30,40) missed.
        var gold = new[] { new GoldPerson("d", 10, 20, "", "A"), new GoldPerson("d", 30, 40, "", "B") };
        var r = BlindScorer.Score(["d"], gold, [], [Person(12, 18), Person(15, 19), Person(50, 55)], []);
        Assert.Equal((1, 2, 1), (r.Persons.TruePositives, r.Persons.FalsePositives, r.Persons.FalseNegatives));
    }

    [Fact]
    public void A_quote_needs_half_the_gold_span_and_a_pair_the_right_speaker()
    {
        var persons = new[] { new GoldPerson("d", 0, 5, "", "A"), new GoldPerson("d", 200, 205, "", "A") };
        var gold = new[] { Gold(100, 140, 0, 5, "A"), Gold(300, 340, 250, 260, ""), Gold(400, 440, -1, -1, "") };
        var system = new[]
        {
            Said(110, 140, 200, 205), // 30 of 40: a quote; speaker on another mention of A: a right pair
            Said(330, 345, 250, 255), // 10 of 40: not a quote
            Said(400, 440, -1, -1),   // empty speaker for an empty gold speaker: a right pair
        };
        var r = BlindScorer.Score(["d"], persons, gold, [], system);
        Assert.Equal((2, 1, 1), (r.QuoteSpans.TruePositives, r.QuoteSpans.FalsePositives, r.QuoteSpans.FalseNegatives));
        Assert.Equal((2, 1, 1), (r.Pairs.TruePositives, r.Pairs.FalsePositives, r.Pairs.FalseNegatives));
    }

    [Fact]
    public void An_empty_speaker_never_matches_a_named_one()
    {
        var gold = new[] { Gold(0, 10, 20, 25, "") };
        var r = BlindScorer.Score(["d"], [], gold, [], [Said(0, 10, -1, -1)]);
        Assert.Equal(0, r.Pairs.TruePositives);
        Assert.Equal(1, r.QuoteSpans.TruePositives);
    }
}
