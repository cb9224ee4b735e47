namespace Kit.Normalization.Steps;

public sealed class HamzaSeatsStep : CharMapStep
{
    public override string Name => "hamza-seats";

    public override string Explanation => "Write ؤ as و and ئ as ي (optional): helps with inconsistent spelling, at the price of merging some words.";

    protected override char Map(char c) => c switch
    {
        ArabicChars.WawHamza => ArabicChars.Waw,
        ArabicChars.YehHamza => ArabicChars.Yeh,
        _ => c,
    };
}
