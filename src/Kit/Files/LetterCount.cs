using System.Numerics;
using System.Runtime.InteropServices;

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
        long letters = 0, arabic = 0;
        int counted = Vector.IsHardwareAccelerated ? AddVectors(text, ref letters, ref arabic) : 0;
        AddByTable(text[counted..], ref letters, ref arabic);
        Letters += letters;
        Arabic += arabic;
    }

    private static void AddByTable(ReadOnlySpan<char> text, ref long letters, ref long arabic)
    {
        var kinds = Kinds;
        foreach (char c in text)
        {
            int kind = kinds[c];
            letters += kind & LetterBit;
            arabic += kind >> 1;
        }
    }

    // An Arabic article is nearly all ASCII, the letters ء..ي and their marks and punctuation: a vector of those is
    // counted by comparisons (a character's kind as the table has it, LetterCountTests checks every one); any other
    // vector goes by the table. Counts build up in 16-bit lanes, added up before they could overflow. Compiled optimized
    // at once: its first, unoptimized code was several times slower than the table in a measured loop.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static int AddVectors(ReadOnlySpan<char> text, ref long letters, ref long arabic)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        int width = Vector<ushort>.Count;
        Vector<ushort> letterLanes = default, arabicLanes = default;
        int i = 0, pending = 0;
        for (; i + width <= units.Length; i += width)
        {
            var v = new Vector<ushort>(units[i..]);
            var isArabic = InRange(v, ArabicFirst, ArabicLast);
            var isAscii = Vector.LessThan(v, new Vector<ushort>(0x80));
            var isPlain = isArabic | isAscii | InRange(v, '\u0600', '\u061F') | InRange(v, '\u064B', '\u0669') | InRange(v, '\u2010', '\u201F');
            if (!Vector.EqualsAll(isPlain, Vector<ushort>.AllBitsSet))
            {
                AddByTable(text.Slice(i, width), ref letters, ref arabic);
                continue;
            }
            arabicLanes -= isArabic; // a true lane is all ones: minus one, so one more
            letterLanes -= isArabic | (isAscii & InRange(v | new Vector<ushort>(0x20), 'a', 'z'));
            if (++pending == ushort.MaxValue) Flush(ref letterLanes, ref arabicLanes, ref letters, ref arabic, ref pending);
        }
        Flush(ref letterLanes, ref arabicLanes, ref letters, ref arabic, ref pending);
        return i;
    }

    // The Arabic letters that the vectors count (the table's first Arabic range): ء to ي.
    private const char ArabicFirst = '\u0621', ArabicLast = '\u064A';

    private static Vector<ushort> InRange(Vector<ushort> v, char first, char last) =>
        Vector.LessThanOrEqual(v - new Vector<ushort>(first), new Vector<ushort>((ushort)(last - first)));

    private static void Flush(ref Vector<ushort> letterLanes, ref Vector<ushort> arabicLanes, ref long letters, ref long arabic, ref int pending)
    {
        letters += Total(letterLanes);
        arabic += Total(arabicLanes);
        (letterLanes, arabicLanes, pending) = (default, default, 0);
    }

    private static long Total(Vector<ushort> lanes)
    {
        Vector.Widen(lanes, out var low, out var high);
        return Vector.Sum(low) + (long)Vector.Sum(high);
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
