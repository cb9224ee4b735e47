namespace Kit.Normalization.Steps;

public sealed class AlefMaqsuraStep : CharMapStep
{
    public override string Name => "alef-maqsura";

    public override string Explanation => "Write final ى as ي: many writers (and Egyptian print) do not tell them apart (على / علي).";

    protected override char Map(char c) => c == ArabicChars.AlefMaqsura ? ArabicChars.Yeh : c;
}
