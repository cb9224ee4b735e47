using Kit.Lexicon;
using Kit.Normalization;

namespace Kit.Analysis;

/// <summary>
/// Splits a normalized Arabic word into proclitics (و ف, then ب ك ل س, then the article ال; لل is ل + ال),
/// a base and a pronoun enclitic. Without a dictionary the rules are careful: a proclitic comes off only when what
/// remains is long enough and looks right, and protected words (names, و-initial words like وزير) are never cut.
/// </summary>
public sealed class CliticSegmenter
{
    // Each layer may be empty; the clitics themselves, and why each is there, are in Lexicon/Clitics.cs.
    private static readonly string[] Conjunctions = ["", .. Clitics.Conjunctions];
    private static readonly string[] Prepositions = ["", .. Clitics.SegmenterPrepositions];
    private static readonly string[] Enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه"];

    // Every conjunction + preposition + article, in the order tried, spelt as written (ل + ال is لل: the alef drops).
    private static readonly Combination[] Combinations =
    [
        .. from conjunction in Conjunctions
           from preposition in Prepositions
           from article in new[] { "", Clitics.The }
           where conjunction.Length + preposition.Length + article.Length > 0
           select new Combination(conjunction, preposition, article,
               conjunction + preposition + (preposition == Clitics.For && article == Clitics.The ? Clitics.For : article),
               Array.AsReadOnly(new[] { conjunction, preposition, article }.Where(p => p.Length > 0).ToArray())),
    ];

    public CliticSegmenter(WordList protectedWords, WordList stopwords)
    {
        Protected = protectedWords;
        Stopwords = stopwords;
    }

    /// <summary>Normalized protected words: never segmented.</summary>
    public WordList Protected { get; }

    /// <summary>Normalized stopwords: a remainder that is one (وهو → و + هو) counts as a real word.</summary>
    public WordList Stopwords { get; }

    public Segmentation Segment(string word)
    {
        if (word.Length < 3 || Stopwords.Contains(word) || !IsArabic(word))
            return Segmentation.Whole(word);
        if (IsProtectedForm(word))
        {
            var (protectedBase, protectedEnclitic) = Protected.Contains(word) ? (word, null) : SplitEnclitic(word);
            return new Segmentation([], protectedBase, 0, protectedEnclitic);
        }

        Candidate best = default;
        foreach (var combination in Combinations)
        {
            string written = combination.Written;
            if (word.Length < written.Length || word[0] != written[0] || !word.StartsWith(written, StringComparison.Ordinal)) continue;
            string rest = word[written.Length..];
            int strength = Strength(combination.Conjunction, combination.Preposition, combination.Article, rest);
            // Ties: a known rest prefers fewer clitics (و+كذلك, not و+ك+ذلك); the others prefer more (و+ال+بحث).
            bool better = strength > best.Strength || (strength == best.Strength && strength > 0
                && (strength == 3 ? written.Length < best.Written.Length : written.Length > best.Written.Length));
            if (better)
                best = new Candidate(strength, written, combination.Proclitics);
        }

        string baseWord = best.Strength > 0 ? word[best.Written.Length..] : word;
        bool hasArticle = best.Strength > 0 && best.Proclitics.Contains("ال");
        var (stripped, enclitic) = hasArticle || Protected.Contains(baseWord) || Stopwords.Contains(baseWord) ? (baseWord, null) : SplitEnclitic(baseWord);
        return best.Strength > 0 || enclitic is not null
            ? new Segmentation(best.Proclitics ?? [], stripped, best.Written?.Length ?? 0, enclitic)
            : Segmentation.Whole(word);
    }

    // 0: not a valid split; 1: plausible by shape; 2: the article vouches; 3: the rest is a known word.
    private int Strength(string conjunction, string preposition, string article, string rest)
    {
        if (rest.Length < 2) return 0;
        if (IsProtectedForm(rest) || Stopwords.Contains(rest)) return 3;
        if (article.Length > 0) return rest.Length >= 2 ? 2 : 0;
        if (preposition == "س") return rest.Length >= 3 && rest[0] is 'ي' or 'ت' or 'ن' ? 1 : 0;
        // ب and ل before an unknown word without article: only when at least 4 letters stay (بلد, بدلا stay whole);
        // ك is a root letter far too often (كبير, كثير, كامل) to cut without a dictionary.
        if (preposition is "ب" or "ل") return rest.Length >= 4 ? 1 : 0;
        if (preposition.Length > 0) return 0;
        if (conjunction == "و") return rest.Length >= 3 ? 1 : 0;
        // ف is a root letter as often as a conjunction: only before a verb-like rest (فيقول, فأكد).
        return rest.Length >= 3 && rest[0] is 'ي' or 'ت' or 'ن' or 'ا' ? 1 : 0;
    }

    private (string Base, string? Enclitic) SplitEnclitic(string word)
    {
        foreach (var enclitic in Enclitics)
        {
            if (word.Length == 0 || word[^1] != enclitic[^1] || !word.EndsWith(enclitic, StringComparison.Ordinal)) continue;
            string rest = word[..^enclitic.Length];
            int minimum = enclitic is "ه" or "ها" ? 3 : 4; // تفاهم is not تفا + هم
            if (rest.Length < minimum) continue;
            if (enclitic == "ه" && rest[^1] is 'ا' or 'ي') continue; // اتجاه, توجيه: the ه is the word's
            if (enclitic is "هم" or "نا" && rest[^1] == 'ا') continue; // تفاهم, بلدانا
            return (rest, enclitic);
        }
        return (word, null);
    }

    private static readonly string[] ProtectedEndings = ["ي", "ا", "ان", "ين", "ون", "ات", "ه", "ها", "هم", "هما", "نا", "ية"];

    // A protected word, or one with an ending (وزيري, وجودها, وزارته: ة written ت before the ending).
    private bool IsProtectedForm(string word)
    {
        if (Protected.Contains(word)) return true;
        Span<char> withTehMarbuta = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        foreach (var ending in ProtectedEndings)
        {
            if (word.Length <= ending.Length + 1 || word[^1] != ending[^1] || !word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word.AsSpan(0, word.Length - ending.Length);
            if (Protected.Contains(stem)) return true;
            if (stem[^1] != 'ت') continue;
            stem.CopyTo(withTehMarbuta);
            withTehMarbuta[stem.Length - 1] = 'ة';
            if (Protected.Contains(withTehMarbuta[..stem.Length])) return true;
        }
        return false;
    }

    private static bool IsArabic(string word)
    {
        foreach (char c in word)
            if (!ArabicChars.IsArabicLetter(c)) return false;
        return true;
    }

    private readonly record struct Candidate(int Strength, string Written, IReadOnlyList<string> Proclitics);

    private sealed record Combination(string Conjunction, string Preposition, string Article, string Written, IReadOnlyList<string> Proclitics);
}
