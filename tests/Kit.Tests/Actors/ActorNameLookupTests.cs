using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>The gazetteer owns every lookup from an actor id to a name, discovered people included.</summary>
public class ActorNameLookupTests
{
    [Fact]
    public void A_discovered_id_carries_the_name_as_written_and_reads_back()
    {
        string id = Gazetteer.DiscoveredId("مارتن غريفيث");
        Assert.Equal("discovered:مارتن غريفيث", id);
        Assert.Equal("مارتن غريفيث", Gazetteer.DiscoveredName(id));
        Assert.Null(Gazetteer.DiscoveredName("sergey-lavrov"));
    }

    [Fact]
    public void Names_of_known_discovered_and_unknown_ids()
    {
        var gazetteer = Gazetteer.Default;
        Assert.Equal("سيرغي لافروف", gazetteer.NameOf("sergey-lavrov"));
        Assert.Equal("Sergey Lavrov", gazetteer.EnglishOf("sergey-lavrov"));
        Assert.Equal("مارتن غريفيث", gazetteer.NameOf("discovered:مارتن غريفيث"));
        Assert.Equal("مارتن غريفيث (discovered)", gazetteer.EnglishOf("discovered:مارتن غريفيث"));
        Assert.Equal("no-such-actor", gazetteer.NameOf("no-such-actor"));
    }

    [Fact]
    public void Name_words_split_people_but_keep_other_multi_word_names_whole()
    {
        var words = Gazetteer.Default.NameWords().ToHashSet();
        Assert.Contains("لافروف", words);
        Assert.DoesNotContain("الأمم المتحدة", words);
        Assert.DoesNotContain(words, w => w.Contains(' '));
    }
}
