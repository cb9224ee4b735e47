namespace Kit.Normalization.Steps;

public sealed class InvisibleControlsStep : CharMapStep
{
    public override string Name => "invisible";

    public override string Explanation =>
        "Remove zero-width characters and bidi controls (ZWNJ, ZWJ, RLM, U+202E ...): invisible, yet they split or reorder words.";

    protected override char Map(char c) => ArabicChars.IsInvisibleControl(c) ? '\0' : c;
}
