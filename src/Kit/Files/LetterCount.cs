namespace Kit.Files;

/// <summary>Counts letters and Arabic letters of a text, piece by piece, to tell a file that is not Arabic.</summary>
public struct LetterCount
{
    public long Characters { get; private set; }

    public long Letters { get; private set; }

    public long Arabic { get; private set; }

    public void Add(ReadOnlySpan<char> text)
    {
        Characters += text.Length;
        var kinds = Kinds;
        long letters = 0, arabic = 0;
        foreach (char c in text)
        {
            int kind = kinds[c];
            letters += kind & LetterBit;
            arabic += kind >> 1;
        }
        Letters += letters;
        Arabic += arabic;
    }

    private const int LetterBit = 1;
    private const int ArabicBit = 2;

    // Each UTF-16 unit's kind, worked out once (64 KB): every file's characters are counted on reading, a table look-up each.
    private static readonly byte[] Kinds = MakeKinds();

    private static byte[] MakeKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            kinds[c] = Kit.Normalization.ArabicChars.IsArabicLetter((char)c) ? (byte)(LetterBit | ArabicBit) : char.IsLetter((char)c) ? (byte)LetterBit : (byte)0;
        return kinds;
    }

    /// <summary>A warning for a file with no text, or whose letters are mostly not Arabic; null for Arabic text.</summary>
    public readonly string? Warning(string file)
    {
        if (Letters == 0)
            return Characters == 0 ? $"{file}: empty file." : $"{file}: has no letters at all ({Characters} characters).";
        if (Arabic * 2 < Letters)
            return $"{file}: mostly not Arabic ({Arabic} of {Letters} letters are Arabic); the kit's rules are made for Arabic.";
        return null;
    }
}
