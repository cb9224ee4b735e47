namespace Kit.Normalization.Steps;

public sealed class DiacriticsStep : CharMapStep
{
    public override string Name => "diacritics";

    public override string Explanation =>
        "Remove short vowels and other marks (fatha, damma, kasra, tanwin, sukun, shadda, superscript alef): news text rarely writes them, so one word gets one form.";

    protected override char Map(char c) => ArabicChars.IsDiacritic(c) ? '\0' : c;
}
