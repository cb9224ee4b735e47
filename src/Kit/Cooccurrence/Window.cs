namespace Kit.Cooccurrence;

/// <summary>How much text counts as "together": two actors co-occur when one window mentions both.</summary>
public enum Window
{
    /// <summary>One sentence (SentenceSplitter): the default, closest to "mentioned with".</summary>
    Sentence,
    /// <summary>One paragraph (a non-blank line of the document).</summary>
    Paragraph,
    /// <summary>The whole document: links actors an article mentions anywhere.</summary>
    Document,
}

/// <summary>A window kind as it is written in commands and captions: sentence, paragraph, document.</summary>
public static class WindowNames
{
    public static string Name(this Window window) => window.ToString().ToLowerInvariant();

    public static Window Parse(string name) =>
        Enum.TryParse<Window>(name.Trim(), ignoreCase: true, out var window) && Enum.IsDefined(window) ? window
            : throw new ArgumentException($"No window '{name}'; use sentence, paragraph or document.", nameof(name));
}
