using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Tests.Support;

namespace Kit.Tests.Actors;

public class ActorCountsTests
{
    private static Mention M(string doc, string actor, string type, MentionKind kind = MentionKind.Name) =>
        new(doc, actor, type, actor, 0, 1, 0, kind);

    // Worked by hand: russia 3 (docs a, b), john-kerry 2 (a), moscow 1 (b); one adjective, left out by default.
    private static readonly Mention[] Small =
    [
        M("a", "russia", "country"), M("a", "john-kerry", "person"), M("a", "russia", "country"),
        M("b", "russia", "country"), M("a", "john-kerry", "person"), M("b", "moscow", "city"),
        M("b", "united-states", "country", MentionKind.Adjective),
    ];

    [Fact]
    public void Counts_per_actor_type_and_document_worked_by_hand()
    {
        var counts = ActorCounts.Of(Small);
        Assert.Equal([("russia", 3, 2), ("john-kerry", 2, 1), ("moscow", 1, 1)], counts.ByActor.Select(c => (c.Actor, c.Mentions, c.Documents)));
        Assert.Equal([("country", 1, 3), ("person", 1, 2), ("city", 1, 1)], counts.ByType.Select(t => (t.Type, t.Actors, t.Mentions)));
        Assert.Equal([("a", "john-kerry", 2), ("a", "russia", 2), ("b", "moscow", 1), ("b", "russia", 1)], // ties by id
            counts.ByDocument.Select(d => (d.Document, d.Actor, d.Mentions)));
        Assert.Equal("روسيا", counts.ByActor[0].Name);
        Assert.Equal(0, counts["united-states"]);
        Assert.Equal(1, ActorCounts.Of(Small, includeAdjectives: true)["united-states"]);
    }

    [Fact]
    public void Chart_has_one_bar_per_top_actor_in_count_order()
    {
        var figure = ActorCounts.Of(Small).Chart(top: 2);
        var bar = Assert.IsType<Kit.Charts.BarTrace>(Assert.Single(figure.Traces));
        Assert.Equal(["روسيا", "جون كيري"], bar.Labels);
        Assert.Equal([3.0, 2.0], bar.Values);
    }

    [Fact]
    public void On_the_seeds_the_counts_agree_with_the_hand_annotated_gold()
    {
        var gold = ActorCounts.Of(Kit.Evaluation.MentionGold.Load());
        var system = ActorCounts.Of(MentionFinder.Default.Find(Seeds.Corpus));
        // The top ten of the gold, in the same order, with counts at most one apart (P=0.997 R=1.000 on names).
        Assert.Equal(gold.ByActor.Take(10).Select(c => c.Actor), system.ByActor.Take(10).Select(c => c.Actor));
        Assert.All(gold.ByActor, g => Assert.InRange(system[g.Actor] - g.Mentions, 0, 1));
    }
}
