namespace Kit.Normalization.Steps;

public sealed class AlefFormsStep : CharMapStep
{
    public override string Name => "alef-forms";

    public override string Explanation => "Write every alef as bare ا (أ إ آ ٱ → ا): writers put or drop the hamza freely (أمريكا / امريكا).";

    protected override char Map(char c) => c switch
    {
        ArabicChars.AlefMadda or ArabicChars.AlefHamzaAbove or ArabicChars.AlefHamzaBelow
            or ArabicChars.AlefWasla or ArabicChars.WavyHamzaAbove or ArabicChars.WavyHamzaBelow => ArabicChars.Alef,
        _ => c,
    };
}
