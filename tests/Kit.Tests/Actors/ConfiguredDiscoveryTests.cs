using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Corpus;
using Kit.Lexicon;
using Kit.Reporting;
using Kit.Tests.Support;

namespace Kit.Tests.Actors;

/// <summary>
/// People are discovered with the pipeline's own reporting verbs and person names, not the bundled ones: an
/// instructor's verbs file (kit --verbs), names file (kit --names) and titles file (PipelineOptions.Titles) reach the people
/// finder as they reach the quotes.
/// The verb زمجر, the names بيرالتا and لنداريه and the title النوخذار are invented for these tests.
/// </summary>
public class ConfiguredDiscoveryTests
{
    private const string VerbText = "وزمجر بيرالتا في الاجتماع بأن الخطة فشلت.";

    private static IReadOnlyList<Mention> People(AnalysisPipeline pipeline, string text) =>
        pipeline.Analyze(pipeline.Clean(new Document("t", text))).Mentions.Where(m => m.Origin == MentionOrigin.Discovered).ToList();

    private static string WithFile(string content, Func<string, string> use)
    {
        using var folder = new TempFolder();
        return use(folder.File("lexicon.txt", content));
    }

    [Fact]
    public void The_bundled_verbs_do_not_know_the_verb_so_no_one_is_found_after_it() =>
        Assert.Empty(People(AnalysisPipeline.Default, VerbText));

    [Fact]
    public void A_verbs_file_of_ones_own_opens_the_speakers_name_after_its_verb()
    {
        string found = WithFile("زمجر | past: زمجر زمجرت | present: يزمجر تزمجر\n", path =>
            string.Join("|", People(new AnalysisPipeline(new PipelineOptions { Verbs = ReportingVerbs.Load(path) }), VerbText).Select(m => m.Surface)));
        Assert.Equal("بيرالتا", found);
    }

    private const string NameText = "وحضر الاجتماع مع الوفد لنداريه الشمري أمس.";

    [Fact]
    public void The_bundled_names_do_not_know_the_given_name_so_no_one_is_found() =>
        Assert.Empty(People(AnalysisPipeline.Default, NameText));

    [Fact]
    public void A_names_file_of_ones_own_makes_its_given_name_start_a_person()
    {
        string found = WithFile("[given-male]\nلنداريه\n[given-female]\n[word-names]\n[institution-heads]\n[nickname-markers]\n[not-names]\n[name-contexts]\n", path =>
            string.Join("|", People(new AnalysisPipeline(new PipelineOptions { Names = NameLexicon.Load(path) }), NameText).Select(m => m.Surface)));
        Assert.Equal("لنداريه الشمري", found);
    }

    private const string TitleText = "ووصل النوخذار بيرالتا كوستيلو إلى الميناء أمس.";

    [Fact]
    public void The_bundled_titles_do_not_know_the_title_so_no_one_is_found_after_it() =>
        Assert.Empty(People(AnalysisPipeline.Default, TitleText));

    [Fact]
    public void A_titles_file_of_ones_own_makes_the_name_after_its_title_a_person()
    {
        string found = WithFile("[titles]\nالنوخذار\n[descriptors]\n[modifiers]\n[links]\n[stops]\n", path =>
            string.Join("|", People(new AnalysisPipeline(new PipelineOptions { Titles = SpeakerTitles.Load(path) }), TitleText).Select(m => m.Surface)));
        Assert.Equal("بيرالتا كوستيلو", found);
    }
}
