using Kit.Actors.Discovery;

namespace Kit.Tests.Actors;

/// <summary>The small word sets the people rules read come from Data/person-names.txt's optional sections.</summary>
public class NameLexiconSectionsTests
{
    [Fact]
    public void The_bundled_lexicon_has_the_word_sets_of_the_rules()
    {
        var lexicon = NameLexicon.Default;
        Has("الدين", lexicon.CompoundEnds);
        Has("الامير", lexicon.InnerTitles); // normalized as the text is: أ → ا
        Has("الثالث", lexicon.RegnalOrdinals);
        Has("جمادي", lexicon.MonthWords);
        Has("هولاء", lexicon.ClauseParticles);
        Has("لقد", lexicon.VerbParticles);
        Has("ثي", lexicon.NameMiddles);
        Has("هولاء", lexicon.Demonstratives); // ؤ → و, as the text is normalized
        Has("لنا", lexicon.PersonToldPronouns);
        Has("مدربه", lexicon.BodyHeads); // ة → ه
        Has("الاف", lexicon.CountWords); // آ → ا
    }

    // The sets are frozen sets, which are ISet and IReadOnlySet both: the assertion is told which.
    private static void Has(string word, IReadOnlySet<string> set) => Assert.Contains(word, set);

    [Fact]
    public void A_name_by_descent_has_the_gender_of_its_first_word()
    {
        Assert.Equal("male", NameLexicon.Default.GenderOf("ابن"));
        Assert.Equal("female", NameLexicon.Default.GenderOf("ابنه"));
    }

    [Fact]
    public void A_lexicon_file_without_the_sections_reads_them_empty()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "[given-male]\nمحمد\n[given-female]\nهدى\n[word-names]\n[institution-heads]\n[nickname-markers]\n[not-names]\n[name-contexts]\n");
            var lexicon = NameLexicon.Load(path);
            Assert.Empty(lexicon.CompoundEnds);
            Assert.Empty(lexicon.ClauseParticles);
            Assert.Empty(lexicon.NameMiddles);
            Assert.Empty(lexicon.BodyHeads);
            Assert.Empty(lexicon.CountWords);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
