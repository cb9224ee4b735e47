using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>
/// The extractor's own name lexicon, not the bundled one, decides whether a name's last word is a given name or an
/// addressee it swallowed (قال كريم الحلبي لزملائه): an instructor's person-names file reaches that rule. The name لنداريه is
/// invented for the test.
/// </summary>
public class ConfiguredNameLexiconTests
{
    private const string Text = "وقال سامي لنداريه في الاجتماع إن الخطة فشلت.";

    // A gazetteer that knows the person, so the name found does not hang on the people finder.
    private static readonly MentionFinder Finder = new(Gazetteer.Default.With(
        new Actor("sami-landariyah", "سامي لنداريه", "Sami Landariyah", ActorType.Person, ["سامي لنداريه"], [], [], [], null)), discoverPeople: false);

    [Fact]
    public void With_the_bundled_lexicon_a_last_word_with_l_and_a_pronoun_is_cut_off()
    {
        var q = Assert.Single(new QuoteExtractor(Finder).Extract("t", Text));
        Assert.Equal("سامي", q.SpeakerText);
    }

    [Fact]
    public void A_configured_lexicon_that_knows_the_word_as_a_given_name_keeps_it_in_the_speaker()
    {
        string path = Path.Combine(Path.GetTempPath(), $"names-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, """
            [given-male]
            لنداريه
            [given-female]
            [word-names]
            [institution-heads]
            [nickname-markers]
            [not-names]
            [name-contexts]
            """);
        try
        {
            // The lexicon reaches the extractor the way every command configures it: through the pipeline's options.
            var pipeline = new Kit.Reporting.AnalysisPipeline(new Kit.Reporting.PipelineOptions { Gazetteer = Finder.Gazetteer, DiscoverPeople = false, Names = NameLexicon.Load(path) });
            var extractor = pipeline.Quotes;
            var q = Assert.Single(extractor.Extract("t", Text));
            Assert.Equal("سامي لنداريه", q.SpeakerText);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
