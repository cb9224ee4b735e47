using Kit.Evaluation;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Evaluation;

/// <summary>
/// The kit on annotated folders in issue 15's format (persons.tsv, quotes.tsv, *.txt, dates.tsv). Prints the figures
/// per document and in total:
/// <code>KIT_BLIND_SET=/path/to/dev dotnet test tests/Kit.Tests --filter BlindSet --logger "console;verbosity=detailed"</code>
/// The folders under tests/gold/blind are checked against floors once they are there; the own development texts
/// (tests/gold/extra/people) always.
/// </summary>
public class BlindSetTests(ITestOutputHelper output)
{
    private BlindScorer.Result Run(string folder)
    {
        var set = BlindSet.Load(folder);
        var result = BlindScorer.Run(set);
        output.WriteLine($"== {folder}: {set.Documents.Count} articles, {set.Persons.Count} gold person mentions, {set.Quotes.Count} gold quotes");
        output.WriteLine(result.Report());
        return result;
    }

    [FolderFact("KIT_BLIND_SET")]
    public void BlindSet_from_the_environment_prints_its_figures()
    {
        var result = Run(FolderFactAttribute.FolderFor("KIT_BLIND_SET", null)!);
        Assert.True(result.Persons.TruePositives + result.Persons.FalseNegatives > 0, "the folder has no gold person mentions");
    }

    [FolderFact(null, "tests/gold/blind/dev")]
    public void BlindSet_dev_prints_its_figures() => Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind/dev")!);

    [FolderFact(null, "tests/gold/blind/heldout")]
    public void BlindSet_heldout_prints_its_figures() => Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind/heldout")!);

    [Fact]
    public void BlindSet_format_on_the_own_development_texts_clears_its_floors()
    {
        var result = Run(Path.Combine(Kit.Text.KitPaths.Root, "tests", "gold", "extra", "people"));
        Assert.True(result.Persons.Recall >= 0.0, result.Persons.ToString());
    }
}
