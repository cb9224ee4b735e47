namespace Kit.Normalization.Steps;

public sealed class TehMarbutaStep : CharMapStep
{
    public override string Name => "teh-marbuta";

    public override string Explanation => "Write ة as ه (optional): merges سورية / سوريه, but also words that differ only there.";

    protected override char Map(char c) => c == ArabicChars.TehMarbuta ? ArabicChars.Heh : c;
}
