namespace Kit.Lexicon;

/// <summary>
/// The proclitics of Arabic news text, in one table: every rule that takes letters off the front of a word reads its
/// list here. Spelt normalized, as the rules compare normalized words. Where two rules take off different sets, the
/// difference is a named list below, with why; order within a list only matters where its comment says so.
/// </summary>
public static class Clitics
{
    /// <summary>و "and": the commonest prefix of news text (وقال، وروسيا).</summary>
    public const string And = "و";

    /// <summary>ف "so, then" (فقال): a conjunction like و, and like it the outermost letter of a word.</summary>
    public const string So = "ف";

    /// <summary>ب "with, by, in" (بموسكو، بالقول).</summary>
    public const string With = "ب";

    /// <summary>ل "to, for" (لروسيا، لإقناع); before the article its alef drops: لل.</summary>
    public const string For = "ل";

    /// <summary>ك "as, like" (كرئيس).</summary>
    public const string As = "ك";

    /// <summary>س "will", before a present verb (سيقول): only the segmenter takes it off, since a name never carries it.</summary>
    public const string Will = "س";

    /// <summary>ال "the": the article, inside any of the above.</summary>
    public const string The = "ال";

    /// <summary>لل: ل + ال as written, the article's alef dropped (للرئيس).</summary>
    public const string ForThe = "لل";

    /// <summary>و ف: the conjunctions, outermost.</summary>
    public static IReadOnlyList<string> Conjunctions { get; } = [And, So];

    /// <summary>ب ل ك: the prepositions a name can carry (بموسكو، لروسيا، كرئيس).</summary>
    public static IReadOnlyList<string> Prepositions { get; } = [With, For, As];

    /// <summary>ب ل ك س: what the segmenter takes off after a conjunction, the prepositions and the future marker.</summary>
    public static IReadOnlyList<string> SegmenterPrepositions { get; } = [.. Prepositions, Will];

    /// <summary>و ف ب ل ك: every one-letter proclitic a name or a title can carry (والرئيس، لروسيا).</summary>
    public static IReadOnlyList<string> OneLetter { get; } = [.. Conjunctions, .. Prepositions];

    /// <summary>وب ول وك فب فل فك: a conjunction then a preposition (وبموسكو).</summary>
    public static IReadOnlyList<string> Pairs { get; } = [.. from c in Conjunctions from p in Prepositions select c + p];

    /// <summary>
    /// What the mention finder takes off before a name: nothing, one proclitic, or a pair, tried in this order (each is
    /// a reading of the word; لل is handled apart, as ل + ال).
    /// </summary>
    public static IReadOnlyList<string> BeforeName { get; } = ["", .. OneLetter, .. Pairs];

    /// <summary>
    /// The people finder's list, longest first: the pairs, then one letter. Without فك: the finder has never taken it
    /// off and its gold figures are measured so; whether it should is open.
    /// </summary>
    public static IReadOnlyList<string> BeforePersonName { get; } = [.. Pairs.Where(p => p != So + As), .. OneLetter];

    /// <summary>وال بال فال كال لل: a one-letter proclitic with the article, as written; the sign of an ordinary noun, not a name.</summary>
    public static IReadOnlyList<string> WithArticle { get; } = [And + The, With + The, So + The, As + The, ForThe];

    /// <summary>The article, alone or behind a proclitic, then one letter: what an ordinary word may carry in the word lists' test.</summary>
    public static IReadOnlyList<string> OrdinaryWordPrefixes { get; } = [The, .. WithArticle, .. OneLetter];

    /// <summary>ب ل وب ول فب فل: a verbal noun's proclitics (بالقول، لإقناع); a finite verb or participle takes only a conjunction.</summary>
    public static IReadOnlyList<string> BeforeVerbalNoun { get; } = [With, For, .. Pairs.Where(p => !p.EndsWith(As, StringComparison.Ordinal))];

    /// <summary>هما هم هن ها ه: the third-person pronouns a word can end in (خلالها، لزملائه), longest first.</summary>
    public static IReadOnlyList<string> ThirdPersonPronouns { get; } = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>Whether a letter is one of the conjunctions (و ف), the letter a word loses first.</summary>
    public static bool IsConjunction(char c) => c is 'و' or 'ف';

    /// <summary>Whether a letter is a one-letter proclitic a name can carry (و ف ب ل ك).</summary>
    public static bool IsOneLetter(char c) => c is 'و' or 'ف' or 'ب' or 'ل' or 'ك';
}
