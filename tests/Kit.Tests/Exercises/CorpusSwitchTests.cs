using Kit.Exercises;
using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>
/// An instructor's corpus: the seeds plus an article of their own, switched on with KIT_CORPUS. Every instructor
/// notebook still runs clean and passes its checks (their answers are worked out on the corpus loaded), and the
/// evaluation against the gold looks only at the documents the gold covers.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class CorpusSwitchTests
{
    // Written for this test: people, a capital, a quote with marks and an indirect one, a reporting verb with و.
    private const string ExtraArticle = """
        لقاء جديد في جنيف

        التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف لبحث الأزمة السورية. وقال كيري إن المحادثات كانت "صريحة ومفيدة"، وأضاف أن واشنطن وموسكو تتفقان على ضرورة الحل السياسي.
        من جهته، أكد لافروف أن روسيا ستواصل دعم دمشق في مواجهة تنظيم داعش. وقال المتحدث باسم الكرملين ديمتري بيسكوف: "الرئيس بوتين يتابع المحادثات عن كثب".
        """;

    public static TheoryData<string> InstructorNotebooks() =>
        new(Directory.GetFiles(Path.Combine(KitPaths.Notebooks, "instructor"), "*.ipynb").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Every_instructor_notebook_runs_clean_and_passes_its_checks_with_an_extra_article(string name)
    {
        using var temp = new TempFolder();
        string corpus = Path.Combine(temp.Path, "my-corpus");
        foreach (var file in Directory.GetFiles(KitPaths.Seeds, "*.txt"))
            temp.File(Path.Combine("my-corpus", Path.GetFileName(file)), File.ReadAllText(file));
        temp.File("my-corpus/zz_geneva.txt", ExtraArticle.ReplaceLineEndings("\n"));
        foreach (var gold in new[] { "mentions.tsv", "quotes.tsv" })
            temp.File(Path.Combine("my-corpus", "gold", gold), File.ReadAllText(Path.Combine(KitPaths.Root, "tests", "gold", gold)));

        var notebook = NotebookJson.Read(Path.Combine(KitPaths.Notebooks, "instructor", name));
        var (executed, outcome) = WithCorpus(corpus, () => new NotebookRunner().Run(notebook));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Cells.Where(c => !c.Succeeded).Select(c => c.Error)));
        var outputs = executed["cells"]!.AsArray()
            .Select(c => string.Concat((c!["outputs"]?.AsArray() ?? []).Select(o => (o!["data"]?["text/html"] ?? o["data"]?["text/plain"])?.GetValue<string>() ?? ""))).ToList();
        Assert.Contains(outputs, o => o.Contains("zz_geneva")); // the extra article was read
        int exercises = ExerciseReleaser.Exercises(notebook).Count;
        Assert.Contains(outputs, o => o.Contains($"{exercises} of {exercises} exercises passed."));
        if (name.StartsWith("03", StringComparison.Ordinal))
        {
            Assert.Contains(outputs, o => o.Contains("5 of the 6 documents have gold."));
            // The table of wrong mentions holds none of the new article's: it has no gold, so nothing of it is judged.
            int wrongTable = executed["cells"]!.AsArray().ToList().FindIndex(c => string.Concat(c!["source"]!.AsArray().Select(l => l!.GetValue<string>())).Contains("goldSpans.Contains"));
            Assert.DoesNotContain("zz_geneva", outputs[wrongTable]);
        }
    }

    [Theory]
    [MemberData(nameof(InstructorNotebooks))]
    public void Every_instructor_notebook_runs_clean_on_a_corpus_that_shares_nothing_with_the_seeds(string name)
    {
        // Three texts written for the kit (tests/gold/extra), other people and places, and no gold beside them.
        using var temp = new TempFolder();
        foreach (var text in new[] { "actors-heldout", "quotes-heldout", "quotes-heldout-2" })
            temp.File(Path.Combine("other", text + ".txt"), File.ReadAllText(Path.Combine(KitPaths.Root, "tests", "gold", "extra", text + ".txt")));
        var notebook = NotebookJson.Read(Path.Combine(KitPaths.Notebooks, "instructor", name));
        var (executed, outcome) = WithCorpus(Path.Combine(temp.Path, "other"), () => new NotebookRunner().Run(notebook));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Cells.Where(c => !c.Succeeded).Select(c => c.Error)));
        int exercises = ExerciseReleaser.Exercises(notebook).Count;
        var outputs = executed["cells"]!.AsArray()
            .Select(c => string.Concat((c!["outputs"]?.AsArray() ?? []).Select(o => (o!["data"]?["text/html"] ?? o["data"]?["text/plain"])?.GetValue<string>() ?? ""))).ToList();
        Assert.Contains(outputs, o => o.Contains($"{exercises} of {exercises} exercises passed."));
        Assert.DoesNotContain(outputs, o => o.Contains("004_88102d76cfe70e6b")); // nothing of the seeds was read
    }

    [Fact]
    public void The_corpus_folder_is_the_notebook_default_unless_KIT_CORPUS_is_set()
    {
        Assert.Equal("/somewhere/else", WithCorpus("/somewhere/else", () => Course.CorpusFolder("../../seeds")));
        Assert.Equal("../../seeds", WithCorpus("", () => Course.CorpusFolder("../../seeds")));
    }

    [Fact]
    public void Gold_is_found_in_the_corpus_folder_or_for_the_seeds_in_tests_gold_and_else_not_at_all()
    {
        using var temp = new TempFolder();
        temp.File("mine/a.txt", "نص");
        Assert.Null(Course.GoldFile(Path.Combine(temp.Path, "mine"), "mentions.tsv"));
        temp.File("mine/gold/mentions.tsv", "doc\tstart\tend\tsurface\tactor\ttype\tkind\n");
        Assert.Equal(Path.Combine(temp.Path, "mine", "gold", "mentions.tsv"), Course.GoldFile(Path.Combine(temp.Path, "mine"), "mentions.tsv"));
        Assert.Equal(Path.Combine(KitPaths.Root, "tests", "gold", "quotes.tsv"), Course.GoldFile(KitPaths.Seeds, "quotes.tsv"));
        temp.File("seeds/a.txt", "نص"); // a folder called seeds elsewhere has no gold beside it
        Assert.Null(Course.GoldFile(Path.Combine(temp.Path, "seeds"), "quotes.tsv"));
    }

    private static T WithCorpus<T>(string folder, Func<T> body)
    {
        string? before = Environment.GetEnvironmentVariable(Course.CorpusVariable);
        Environment.SetEnvironmentVariable(Course.CorpusVariable, folder.Length == 0 ? null : folder);
        try { return body(); }
        finally { Environment.SetEnvironmentVariable(Course.CorpusVariable, before); }
    }
}
