using Kit.Actors.Discovery;

namespace Kit.Tests.Actors;

/// <summary>The small word sets the people rules read come from Data/person-names.txt's optional sections.</summary>
public class NameLexiconSectionsTests
{
    [Fact]
    public void The_bundled_lexicon_has_the_word_sets_of_the_rules()
    {
        var lexicon = NameLexicon.Default;
        Assert.Contains("الدين", lexicon.CompoundEnds);
        Assert.Contains("الامير", lexicon.InnerTitles); // normalized as the text is: أ → ا
        Assert.Contains("الثالث", lexicon.RegnalOrdinals);
        Assert.Contains("جمادي", lexicon.MonthWords);
        Assert.Contains("هولاء", lexicon.ClauseParticles);
        Assert.Contains("لقد", lexicon.VerbParticles);
        Assert.Contains("ثي", lexicon.NameMiddles);
        Assert.Contains("هولاء", lexicon.Demonstratives); // ؤ → و, as the text is normalized
        Assert.Contains("لنا", lexicon.PersonToldPronouns);
        Assert.Contains("مدربه", lexicon.BodyHeads); // ة → ه
        Assert.Contains("الاف", lexicon.CountWords); // آ → ا
    }

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
