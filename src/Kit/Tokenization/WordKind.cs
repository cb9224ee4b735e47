namespace Kit.Tokenization;

/// <summary>What a token is made of.</summary>
public enum WordKind
{
    /// <summary>Letters (any script but those below), possibly with digits: كيري, Obama, G20.</summary>
    Word,
    /// <summary>Digits, with separators inside: 50, ٢٠١٥, 3.5.</summary>
    Number,
    /// <summary>One ideograph or kana: scripts the rules cut character by character.</summary>
    Ideograph,
    /// <summary>A run of Thai, Lao, Khmer or Myanmar text (no spaces to break on).</summary>
    SouthEastAsian,
    /// <summary>Punctuation or a symbol (only when asked for).</summary>
    Punctuation,
}
