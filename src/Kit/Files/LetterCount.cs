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
        foreach (char c in text)
        {
            if (Kit.Normalization.ArabicChars.IsArabicLetter(c)) { Arabic++; Letters++; }
            else if (char.IsLetter(c)) Letters++;
        }
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
