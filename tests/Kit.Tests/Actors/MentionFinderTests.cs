using Kit.Actors;
using Kit.Evaluation;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Actors;

public class MentionFinderTests(ITestOutputHelper output)
{
    private static IReadOnlyList<Mention> Find(string text) => MentionFinder.Default.Find("t", text);

    [Fact]
    public void Gold_evaluation_on_the_seeds_clears_its_floors()
    {
        var system = MentionFinder.Default.Find(Seeds.Corpus);
        var gold = MentionGold.Load();
        var scores = MentionGold.Evaluate(gold, system);
        foreach (var s in scores) output.WriteLine(s.ToString());
        output.WriteLine("adjectives " + MentionGold.Evaluate(gold, system, MentionKind.Adjective)[^1]);
        var overall = scores[^1];
        // Goal of the issue: P >= 0.95, R >= 0.90. Measured 2026-11-21: P=0.997 R=1.000 (in-sample: the gazetteer was written with the seeds in view).
        Assert.True(overall.Precision >= 0.97, overall.ToString());
        Assert.True(overall.Recall >= 0.97, overall.ToString());
        Assert.All(scores.Take(ActorType.All.Count), s => Assert.True(s.F1 >= 0.90, s.ToString()));
    }

    [Theory]
    [InlineData("actors-extra", 0.90, 0.90)]   // written for the kit and looked at while building it: P=0.950 R=0.950
    [InlineData("actors-heldout", 0.95, 0.90)] // annotated before any kit code ran on it, never tuned on: P=1.000 R=0.938
    public void Texts_that_are_not_seeds_with_new_spellings_and_actors(string name, double precisionFloor, double recallFloor)
    {
        string text = File.ReadAllText(Path.Combine(Kit.Files.KitPaths.Root, "tests", "gold", "extra", name + ".txt"));
        var gold = MentionGold.Load(Path.Combine(Kit.Files.KitPaths.Root, "tests", "gold", "extra", name + ".tsv"));
        // This gold annotates the gazetteer's actors only; the people it does not know are in *-names.tsv (scored below).
        var scores = MentionGold.Evaluate(gold, MentionFinder.Default.Find(name, text).Where(m => m.Origin == MentionOrigin.Gazetteer).ToList());
        foreach (var s in scores) output.WriteLine(s.ToString());
        Assert.True(scores[^1].Precision >= precisionFloor, scores[^1].ToString());
        Assert.True(scores[^1].Recall >= recallFloor, scores[^1].ToString());
    }

    [Theory]
    [InlineData("ولافروف", "لافروف", "sergey-lavrov")]
    [InlineData("بموسكو", "موسكو", "moscow")]
    [InlineData("لروسيا", "روسيا", "russia")]
    [InlineData("والبنتاغون", "البنتاغون", "pentagon")]
    [InlineData("للولايات المتحدة", "لولايات المتحدة", "united-states")]
    public void Names_are_found_behind_their_proclitics(string text, string surface, string actor)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(surface, mention.Surface);
        Assert.Equal(actor, mention.Actor);
        Assert.Equal(surface, text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_newspaper_named_after_a_city_is_the_newspaper()
    {
        var mentions = Find("نقلت صحيفة واشنطن بوست عن مسؤول في واشنطن");
        Assert.Equal(["washington-post", "washington"], mentions.Select(m => m.Actor));
        Assert.Equal("media", mentions[0].Type);
    }

    [Fact]
    public void Two_names_glued_by_a_conjunction_are_split()
    {
        var mentions = Find("الحوار بين موسكووواشنطن");
        Assert.Equal([("موسكو", "moscow"), ("واشنطن", "washington")], mentions.Select(m => (m.Surface, m.Actor)));
    }

    [Fact]
    public void Spelling_variants_are_one_actor()
    {
        var mentions = Find("سيرجي لافروف وسيرغي لافروف وشويغو وشويجو والبنتاجون وأميركا وامريكا");
        Assert.Equal(["sergey-lavrov", "sergey-lavrov", "sergei-shoigu", "sergei-shoigu", "pentagon", "united-states", "united-states"],
            mentions.Select(m => m.Actor));
    }

    [Fact]
    public void Stems_are_not_names_putin_stays_putin() =>
        Assert.Equal("vladimir-putin", Assert.Single(Find("وقال بوتين")).Actor);

    [Fact]
    public void Nationality_adjectives_are_flagged_as_such()
    {
        var mention = Assert.Single(Find("وزير الخارجية الروسي"));
        Assert.Equal(("russia", MentionKind.Adjective), (mention.Actor, mention.Kind));
    }

    [Fact]
    public void Mentions_carry_their_sentence_index()
    {
        var mentions = Find("وصل كيري. ثم التقى لافروف.");
        Assert.Equal([0, 1], mentions.Select(m => m.Sentence));
    }
}
