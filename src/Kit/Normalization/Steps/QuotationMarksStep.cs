namespace Kit.Normalization.Steps;

public sealed class QuotationMarksStep : CharMapStep
{
    public override string Name => "quotes";

    public override string Explanation => "Write every double quotation mark (“ ” „ « » ″) as \" and single ones (‘ ’ ‚ ‹ ›) as ': one mark to look for.";

    protected override char Map(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u301D' or '\u301E' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' => '\'',
        _ => c,
    };
}
