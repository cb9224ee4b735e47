using Kit.Files;
using Kit.Normalization;

namespace Kit.Tests.Files;

/// <summary>LetterCount counts a vector at a time where it can: every character counts as the plain rule says.</summary>
public class LetterCountTests
{
    private static (long Letters, long Arabic) ByRule(string text) =>
        (text.Count(c => ArabicChars.IsArabicLetter(c) || char.IsLetter(c)), text.Count(ArabicChars.IsArabicLetter));

    [Fact]
    public void Every_character_counts_as_the_rule_says_alone_and_in_runs()
    {
        // Each character in a run of 64, so that whole vectors of it are counted, whatever their width.
        var runs = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++) runs.Append((char)c, 64);
        string text = runs.ToString();
        var count = new LetterCount();
        count.Add(text);
        Assert.Equal(ByRule(text), (count.Letters, count.Arabic));
        Assert.Equal(text.Length, count.Characters);
    }

    [Fact]
    public void Mixed_text_counts_as_the_rule_says_whatever_its_length()
    {
        const string pool = "سلام عليكم، قالَ «الرئيس» 2024: Hello—world ؟ ٣ \u0620\u0671ﻷ\n";
        var random = new Random(7);
        for (int length = 0; length < 300; length += 7)
        {
            string text = new([.. Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Length)])]);
            var count = new LetterCount();
            count.Add(text);
            Assert.Equal(ByRule(text), (count.Letters, count.Arabic));
        }
    }
}
