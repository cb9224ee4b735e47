using Kit.Normalization;

namespace Kit.Lexicon;

/// <summary>The bundled stopwords (Data/stopwords-savoy.txt and Data/stopwords-kit.txt): words too common to be terms or names.</summary>
public static class Stopwords
{
    private static readonly Lazy<WordList> DefaultLazy = new(() => Bundled().Map(ArabicNormalizer.Standard.Apply));

    /// <summary>Savoy's general list and the kit's news additions, as written in the files.</summary>
    public static WordList Bundled() => WordList.Load("stopwords-savoy.txt").Union(WordList.Load("stopwords-kit.txt").Words);

    /// <summary>The bundled stopwords normalized by the standard profile, as the analyzer and the name finders compare words.</summary>
    public static WordList Default => DefaultLazy.Value;
}
