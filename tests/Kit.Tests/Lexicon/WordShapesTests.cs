using Kit.Lexicon;

namespace Kit.Tests.Lexicon;

// WordShapes (src/Kit/Lexicon/WordShapes.cs) may say yes to a word outside the set, never no to a word in it.
public class WordShapesTests
{
    [Fact]
    public void Every_word_added_may_be_contained()
    {
        string[] words = ["الرئيس", "وزير", "قال", "و", "بن", "عبد"];
        var shapes = new WordShapes(words);
        Assert.All(words, w => Assert.True(shapes.MayContain(w), w));
    }

    [Fact]
    public void A_word_of_another_length_or_last_letter_is_ruled_out()
    {
        var shapes = new WordShapes(["وزير"]);
        Assert.False(shapes.MayContain("وزيرة")); // one letter longer
        Assert.False(shapes.MayContain("وزيز")); // another last letter
        Assert.False(shapes.MayContain(""));
        Assert.True(shapes.MayContain("ورير")); // same length, first and last letter: may be (the set decides)
    }
}
