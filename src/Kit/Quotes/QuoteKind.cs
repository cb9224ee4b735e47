namespace Kit.Quotes;

/// <summary>How a quote reports speech.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's own words: in quotation marks, after a colon, or first-person words right after the verb.</summary>
    Direct,
    /// <summary>Reported speech: a reporting verb, a complementizer (أن، إن، بأن …) and a clause.</summary>
    Indirect,
    /// <summary>Reported speech with a quoted part inside (منفتحة على "محادثات تكتيكية وعملية" مع روسيا).</summary>
    Mixed,
}
