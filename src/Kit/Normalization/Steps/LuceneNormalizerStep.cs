namespace Kit.Normalization.Steps;

/// <summary>Exactly Lucene's ArabicNormalizer (4.8): nothing more, nothing less (tests/Kit.Tests/Analysis/LuceneConformanceTests.cs holds it to Lucene.Net).</summary>
public sealed class LuceneNormalizerStep : CharMapStep
{
    public override string Name => "lucene";

    public override string Explanation =>
        "Lucene's ArabicNormalizer: آ أ إ → ا, ى → ي, ة → ه, remove tatweel and the harakat U+064B..U+0652; nothing else.";

    protected override char Map(char c) => LuceneArabicNormalizer.Map(c);
}
