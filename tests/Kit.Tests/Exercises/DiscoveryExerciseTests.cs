using Kit.Actors;
using Kit.Exercises;
using Kit.Tests.Notebooks;

namespace Kit.Tests.Exercises;

/// <summary>Issue 15 in the course: 3.6 needs the grown gazetteer (discovery alone no longer passes it), 3.7 the discovered people, 5.6 a role in time.</summary>
[Collection(NotebookCollection.Name)] // checks record progress in Course's statics
public class DiscoveryExerciseTests
{
    private static string Fails(Func<CheckResult> check) => Assert.Throws<ExerciseNotPassedException>(check).Message;

    [Fact]
    public void Growing_the_gazetteer_is_not_passed_by_discovery_alone()
    {
        // The default finder discovers Ryabkov after his title, but its gazetteer does not know him.
        Assert.Contains("discovery alone does not count", Fails(() => ActorChecks.GrowTheGazetteer(() => MentionFinder.Default)));
    }

    [Fact]
    public void Discovered_people_want_each_person_once_with_the_rule()
    {
        Assert.Contains("the kit discovers", Fails(() => ActorChecks.DiscoveredPeople(_ => [])));
        // Every person mention, gazetteer's and discovered, each time it is named: too many.
        Assert.Contains("each person once", Fails(() => ActorChecks.DiscoveredPeople(text =>
            MentionFinder.Default.Find("t", text).Where(m => m.Type == ActorType.Person).Select(m => (m.Surface, "title")).ToList())));
        Assert.True(ActorChecks.DiscoveredPeople(text => MentionFinder.Default.Find("t", text).Where(m => m.IsDiscovered).GroupBy(m => m.Actor)
            .Select(g => (g.First().Surface, g.First().Evidence.Split(':')[0])).ToList()).Skipped is false);
    }

    [Fact]
    public void A_role_with_no_date_names_no_one()
    {
        Assert.Contains("depends on the year", Fails(() => QuoteChecks.WhoHoldsTheRole(() => "barack-obama")));
        Assert.True(QuoteChecks.WhoHoldsTheRole(() => "none").Skipped is false);
    }
}
