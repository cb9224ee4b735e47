using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;
using Kit.Quotes;
using Kit.Quotes.Speakers;
using Kit.Tests.Support;

namespace Kit.Tests.Quotes;

/// <summary>
/// A speaker given by a title alone (النوخذار قال …) agrees in gender by its title: the title must be one the pipeline was
/// configured with, not only one of the bundled list (Data/speaker-titles.txt). النوخذار is a title invented for the test.
/// </summary>
public class ConfiguredTitlesAgreementTests
{
    private static readonly QuoteSpeaker TitleAlone = new("النوخذار", 0, 8, null, false, "test", "a title with no name");

    [Fact]
    public void The_bundled_titles_do_not_know_the_title_so_its_gender_is_unknown() =>
        Assert.Equal(Agreement.Unknown, AgreementReader.OfSpeaker(TitleAlone, Gazetteer.Default, NameLexicon.Default, SpeakerTitles.Default));

    [Fact]
    public void A_titles_file_of_ones_own_makes_the_title_a_masculine_speaker()
    {
        using var folder = new TempFolder();
        var titles = SpeakerTitles.Load(folder.File("titles.txt", "[titles]\nالنوخذار\n[descriptors]\n[modifiers]\n[links]\n[stops]\n"));
        Assert.Equal(Agreement.Masculine, AgreementReader.OfSpeaker(TitleAlone, Gazetteer.Default, NameLexicon.Default, titles));
    }
}
