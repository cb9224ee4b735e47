namespace Kit.Normalization.Steps;

public sealed class TatweelStep : CharMapStep
{
    public override string Name => "tatweel";

    public override string Explanation => "Remove tatweel (ـ), the stretching stroke used for layout: كـــيري is كيري.";

    protected override char Map(char c) => c == ArabicChars.Tatweel ? '\0' : c;
}
