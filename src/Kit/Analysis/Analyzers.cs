namespace Kit.Analysis;

/// <summary>The analyzer profiles by name, as the CLI and notebooks choose them.</summary>
public static class Analyzers
{
    public static IReadOnlyList<string> Profiles { get; } = ["lucene", "clitics"];

    /// <summary>A function from text to terms (term text and span) for a profile.</summary>
    public static Func<string, IReadOnlyList<Term>> ForProfile(string profile) => profile switch
    {
        "lucene" => LuceneAnalyzer.Default.Analyze,
        "clitics" => ArabicTermAnalyzer.Default.Terms,
        _ => throw new ArgumentException($"Unknown profile '{profile}'. Profiles: {string.Join(", ", Profiles)}.", nameof(profile)),
    };
}
