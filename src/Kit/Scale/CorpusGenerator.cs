using System.Text;
using Kit.Corpus;
using Kit.Files;
using Kit.Tokenization;

namespace Kit.Scale;

/// <summary>
/// Makes a large corpus out of a small one (the seeds by default), to measure the kit at scale: each article is a
/// recombination of the sources' sentences and whole paragraphs, with a headline now and then. Article i depends
/// only on the seed and i, so the same seed gives the same files, and a smaller corpus is the start of a larger one.
/// </summary>
public sealed class CorpusGenerator
{
    private readonly string[] _sentences;
    private readonly string[] _paragraphs;
    private readonly string[] _headlines;

    public CorpusGenerator(IEnumerable<Document> sources)
    {
        var paragraphs = sources.SelectMany(d => d.Body).Select(p => p.Text).ToList();
        _paragraphs = [.. paragraphs];
        _sentences = [.. paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Select(s => s.Text)];
        _headlines = [.. _sentences.Where(s => s.Length is >= 20 and <= DocumentLayout.MaxHeadlineLength)];
        if (_sentences.Length == 0) throw new KitInputException("The source corpus has no sentences to recombine.");
    }

    /// <summary>A generator that recombines the five seed articles.</summary>
    public static CorpusGenerator FromSeeds() => new(CorpusLoader.LoadSeeds());

    /// <summary>The text of article number index for this seed.</summary>
    public string Article(long seed, int index)
    {
        var random = new SplitMix64(seed, index);
        var text = new StringBuilder(8192);
        if (_headlines.Length > 0 && random.Next(2) == 0)
            text.Append(_headlines[random.Next(_headlines.Length)]).Append("\n\n");
        int paragraphs = 2 + random.Next(11);
        bool oneLine = random.Next(5) == 0; // some sources write a whole article as one paragraph
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0) text.Append(oneLine && EndsSentence(text) ? ' ' : '\n');
            if (random.Next(10) < 3)
            {
                text.Append(_paragraphs[random.Next(_paragraphs.Length)]);
                continue;
            }
            int sentences = 1 + random.Next(4);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) text.Append(' ');
                text.Append(_sentences[random.Next(_sentences.Length)]);
                if (!EndsSentence(text)) break; // a line without a full stop ("اقرأ أيضاً: …") stays a line of its own
            }
        }
        return text.Append('\n').ToString();
    }

    // Whether the text ends with a sentence terminator, perhaps followed by closing quotes or brackets.
    private static bool EndsSentence(StringBuilder text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is ')' or ']' or '»' or '”' or '"' || char.IsWhiteSpace(c)) continue;
            return SentenceSplitter.IsTerminator(c);
        }
        return false;
    }

    /// <summary>The file name of article number index: names sort in article order.</summary>
    public static string FileName(int index) => $"{index:D7}.txt";

    /// <summary>
    /// Writes articles 0, 1, … into folder (UTF-8, one file each) until they hold at least the given number of bytes.
    /// The folder must be new or empty. Articles are made on every core and written in order, each whole or not at all
    /// (a temporary file, then a rename): stopped (the token) or failing (a full disk), it leaves only whole articles.
    /// </summary>
    public GeneratedCorpus Write(string folder, long bytes, long seed = 1, CancellationToken cancellationToken = default)
    {
        if (bytes <= 0) throw new KitInputException($"The size must be positive (got {bytes} bytes).");
        if (File.Exists(folder)) throw new KitInputException($"{folder}: is a file; give a new or empty folder.", folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new KitInputException($"{folder}: is not empty; give a new or empty folder (generated files never overwrite yours).", folder);
        Directory.CreateDirectory(folder);
        long written = 0;
        int count = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (index, content) in Indexes().SelectOrdered(i => (i, encoding.GetBytes(Article(seed, i)))))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.WriteAllBytes(Path.Combine(folder, FileName(index)), content);
            written += content.Length;
            count++;
            if (written >= bytes) break;
        }
        return new GeneratedCorpus(folder, count, written, seed);
    }

    private static IEnumerable<int> Indexes()
    {
        for (int i = 0; i < int.MaxValue; i++) yield return i;
    }

    /// <summary>SplitMix64 (Steele, Lea &amp; Flood 2014): small, fast, and the same numbers on every platform and .NET version.</summary>
    private struct SplitMix64(long seed, int index)
    {
        private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)index + 1) * 0xD1B54A32D192ED03UL;

        public int Next(int bound)
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}

/// <summary>What <see cref="CorpusGenerator.Write"/> wrote.</summary>
public sealed record GeneratedCorpus(string Folder, int Articles, long Bytes, long Seed);
