using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>
/// An actor's first_names (ماريا for Maria Zakharova in src/Kit/Data/actors.json) name the actor alone, but not
/// before a surname of someone else: that is another person, left to discovery. Sentences written for the test.
/// </summary>
public class FirstNamesTests
{
    private static IReadOnlyList<Mention> Find(string text) => MentionFinder.Default.Find("t", text);

    [Fact]
    public void A_first_name_alone_still_names_the_actor()
    {
        var m = Assert.Single(Find("وقالت ماريا إن موسكو سترد على القرار."), x => x.Type == ActorType.Person);
        Assert.Equal("maria-zakharova", m.Actor);
    }

    [Fact]
    public void The_actors_own_full_name_is_the_actor()
    {
        var m = Assert.Single(Find("وقالت ماريا زاخاروفا إن موسكو سترد على القرار."), x => x.Type == ActorType.Person);
        Assert.Equal("maria-zakharova", m.Actor);
    }

    [Fact]
    public void A_first_name_before_a_surname_no_list_knows_is_another_person()
    {
        var people = Find("وقالت ماريا سفينسون، التي تدير متجرا للدراجات في المدينة، إن الزبائن عادوا.").Where(x => x.Type == ActorType.Person).ToList();
        Assert.DoesNotContain(people, x => x.Actor == "maria-zakharova");
        var m = Assert.Single(people);
        Assert.Equal("ماريا سفينسون", m.Surface);
        Assert.Equal(MentionOrigin.Discovered, m.Origin);
    }

    [Fact]
    public void A_first_name_before_an_ordinary_word_is_still_the_actor()
    {
        var m = Assert.Single(Find("وقالت ماريا أمس إن موسكو سترد على القرار."), x => x.Type == ActorType.Person);
        Assert.Equal("maria-zakharova", m.Actor);
    }
}
