namespace Kit.Text;

/// <summary>The quotation marks the kit knows; here so that people finding and quote pairing share one list.</summary>
public static class QuotationMarks
{
    public const string All = "\"“”«»„";

    public static bool IsMark(char c) => All.Contains(c);
}
