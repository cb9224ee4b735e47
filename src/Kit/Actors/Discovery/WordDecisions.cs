namespace Kit.Actors.Discovery;

/// <summary>
/// A yes/no decision about a word form, remembered per thread for one owner (a lexicon, a people finder): the same
/// forms come back in every document, and deciding one can take a dozen look-ups. Bounded: emptied when full.
/// </summary>
internal sealed class WordDecisions
{
    private const int MaxForms = 1 << 16;

    [ThreadStatic] private static Dictionary<object, WordDecisions>? t_byOwner;

    // The owner asked last and its table: nearly every call asks for the same owner as the one before.
    [ThreadStatic] private static object? t_lastOwner;
    [ThreadStatic] private static WordDecisions? t_last;

    private readonly Dictionary<string, bool> _decided = new(StringComparer.Ordinal);

    /// <summary>This thread's decisions for an owner (one table per owner and kind of decision).</summary>
    public static WordDecisions For(object owner)
    {
        if (ReferenceEquals(t_lastOwner, owner) && t_last is { } last) return last;
        var byOwner = t_byOwner ??= new Dictionary<object, WordDecisions>(ReferenceEqualityComparer.Instance);
        if (!byOwner.TryGetValue(owner, out var decisions))
        {
            // Owners are few (the bundled lexicon, an instructor's); a test making thousands of them starts over.
            if (byOwner.Count >= 64) byOwner.Clear();
            byOwner[owner] = decisions = new WordDecisions();
        }
        t_lastOwner = owner;
        return t_last = decisions;
    }

    // A direct-mapped copy in front of _decided, its slot chosen from a few characters of the form (no hash of the whole
    // word, no comparer): a slot holds one form and its decision (0: none, 1: no, 2: yes), absent forms too; every write
    // to _decided writes the slot, so the two agree.
    private const int SlotBits = 15;
    private readonly Slot[] _slots = new Slot[1 << SlotBits];

    private struct Slot
    {
        public string? Form;
        public int Decision;
    }

    public bool TryGetValue(string form, out bool decision)
    {
        ref Slot slot = ref _slots[SlotOf(form)];
        if (string.Equals(slot.Form, form))
        {
            decision = slot.Decision == 2;
            return slot.Decision != 0;
        }
        bool found = _decided.TryGetValue(form, out decision);
        slot.Form = form;
        slot.Decision = found ? (decision ? 2 : 1) : 0;
        return found;
    }

    public void Remember(string form, bool decision)
    {
        if (_decided.Count >= MaxForms)
        {
            _decided.Clear();
            Array.Clear(_slots);
        }
        _decided[form] = decision;
        ref Slot slot = ref _slots[SlotOf(form)];
        slot.Form = form;
        slot.Decision = decision ? 2 : 1;
    }

    // A slot from the length and three characters (the last two and the middle one: the first two are often the article).
    private static int SlotOf(string form)
    {
        int n = form.Length;
        if (n == 0) return 0;
        uint a = form[n - 1] | (uint)form[n >> 1] << 16;
        uint b = (n >= 2 ? form[n - 2] : 0u) | (uint)n << 16;
        uint h = a * 0x9E3779B1u ^ b * 0x85EBCA6Bu;
        h ^= h >> 15;
        return (int)(h >> (32 - SlotBits));
    }
}
