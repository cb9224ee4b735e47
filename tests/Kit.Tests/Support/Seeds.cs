using Kit.Corpus;
using Kit.Files;

namespace Kit.Tests.Support;

/// <summary>The seed corpus, loaded once for all tests.</summary>
public static class Seeds
{
    private static readonly Lazy<TextCorpus> Loaded = new(CorpusLoader.LoadSeeds);

    public static TextCorpus Corpus => Loaded.Value;

    public static string Folder => KitPaths.Seeds;

    public static string Text(string idPrefix) => Corpus[idPrefix].Text;
}
