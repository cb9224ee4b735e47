namespace Kit.Normalization.Steps;

public sealed class DigitsStep : CharMapStep
{
    public override string Name => "digits";

    public override string Explanation => "Write Arabic-Indic (٠١٢) and Persian (۰۱۲) digits as 0-9, so ٥٠ and 50 are the same number.";

    protected override char Map(char c)
    {
        if (ArabicChars.IsArabicIndicDigit(c)) return (char)('0' + (c - '\u0660'));
        if (ArabicChars.IsPersianDigit(c)) return (char)('0' + (c - '\u06F0'));
        return c;
    }
}
