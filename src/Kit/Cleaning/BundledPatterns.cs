using System.Text.RegularExpressions;

namespace Kit.Cleaning;

/// <summary>
/// The patterns of Data/cleaning.json, generated at build: a compiled Regex costs Reflection.Emit and JIT at every start of a run.
/// A rule whose pattern is not one of these (an edited or an instructor's own file) is compiled at run time instead.
/// </summary>
internal static partial class BundledPatterns
{
    private const RegexOptions Options = RegexOptions.Multiline | RegexOptions.CultureInvariant;
    private const int TimeoutMs = 2000;

    private const string ShareWidget = @"^[ \t]*مشاركة[ \t]*:[ \t]*$";
    private const string ReadAlso = @"^[ \t]*اقرأ[ \t]+(?:أ|ا)يض(?:اً|ًا|ا)?[ \t]*:.*$";
    private const string Dateline = @"^(?<remove>[ \t]*(?:\p{L}+[ \t]){0,2}\p{L}+(?:[ \t]+[-–—][ \t]*|[-–—][ \t]+))(?=\p{L})";

    /// <summary>The generated Regex for a bundled pattern (same options and timeout as CleaningRule's), or null.</summary>
    public static Regex? For(string pattern) => pattern switch
    {
        ShareWidget => ShareWidgetRegex(),
        ReadAlso => ReadAlsoRegex(),
        Dateline => DatelineRegex(),
        _ => null,
    };

    [GeneratedRegex(ShareWidget, Options, TimeoutMs)]
    private static partial Regex ShareWidgetRegex();

    [GeneratedRegex(ReadAlso, Options, TimeoutMs)]
    private static partial Regex ReadAlsoRegex();

    [GeneratedRegex(Dateline, Options, TimeoutMs)]
    private static partial Regex DatelineRegex();
}
