namespace Kit.Caching;

/// <summary>
/// The word forms met so far in this process, one string each: a word read from a document is looked up by span and
/// its known string shared, so the same form is allocated once, not once per occurrence (news repeats its words).
/// Thread-safe without locks (slots are claimed by compare-and-swap, never emptied). Bounded: once half its slots
/// are taken, new forms are copied as they come and not kept.
/// </summary>
internal static class Vocabulary
{
    // 2^19 slots (4 MB of references) keep 262,144 forms, more than a large news corpus has in common use.
    private const int Slots = 1 << 19;
    private const int Mask = Slots - 1;

    private static readonly string?[] Forms = new string?[Slots];
    private static int _count;

    /// <summary>The process's string for a word form, made on its first occurrence.</summary>
    public static string Intern(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty) return "";
        int i = Hash(form) & Mask;
        string? copy = null;
        while (true)
        {
            var slot = Volatile.Read(ref Forms[i]);
            if (slot is null)
            {
                copy ??= form.ToString();
                if (Volatile.Read(ref _count) >= Slots / 2) return copy; // full: probes stay short
                slot = Interlocked.CompareExchange(ref Forms[i], copy, null);
                if (slot is null)
                {
                    Interlocked.Increment(ref _count);
                    return copy;
                }
            }
            if (form.SequenceEqual(slot)) return slot;
            i = (i + 1) & Mask;
        }
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }
}
