using Kit.Normalization.Steps;

namespace Kit.Normalization;

/// <summary>
/// The same normalization as running the steps one after the other, in a single pass over the text: the fast path
/// for analysis. It fuses chains of the form [nfkc] char-map-steps… [whitespace] (every built-in profile): all the
/// character maps become one lookup table, NFKC and the whitespace rules run as small state machines in the same
/// loop. Text, offset map and per-step change counts equal the step-by-step path's (tests/…/FusedNormalizerTests).
/// </summary>
internal sealed class FusedNormalizer
{
    // Per-character facts, one byte each over the Basic Multilingual Plane, worked out a page of 256 at a time when
    // first met: a text touches a few pages, and a new chain (a notebook's Kit.Without(…)) costs microseconds.
    private const byte Stable = 1;      // NFKC leaves it alone when no combining mark follows
    private const byte Combining = 2;   // a combining mark: it joins the cluster of the character before it
    private const byte Changed = 4;     // some character-map step changes it (then see _map and _masks)
    private const byte Deleted = 8;     // some character-map step removes it
    private const byte Spacing = 16;    // after the maps it is whitespace (or a line break): the whitespace rules apply
    private const byte Unknown = 128;   // its page is not worked out yet

    private readonly NormalizationStep[] _steps;
    private readonly bool _nfkc;
    private readonly bool _whitespace;
    private readonly int _firstMap;
    private readonly int _lastMap;
    private readonly byte[] _flags = new byte[0x10000];
    private readonly char[] _map = new char[0x10000];
    private readonly ulong[]?[] _masks = new ulong[]?[256]; // per page: which steps change each character

    private FusedNormalizer(NormalizationStep[] steps)
    {
        _steps = steps;
        _nfkc = steps.Length > 0 && steps[0] is UnicodeCompatibilityStep;
        _whitespace = steps.Length > 0 && steps[^1] is WhitespaceStep;
        _firstMap = _nfkc ? 1 : 0;
        _lastMap = _whitespace ? steps.Length - 1 : steps.Length;
        Array.Fill(_flags, Unknown);
    }

    private byte Flags(char c)
    {
        byte f = Volatile.Read(ref _flags[c]);
        return (f & Unknown) == 0 ? f : FillPage(c);
    }

    // Works out the page of c. Two threads may do it at once: they write the same values, flags last.
    private byte FillPage(char c)
    {
        int first = c & 0xFF00;
        var masks = new ulong[256];
        var flags = new byte[256];
        for (int k = 0; k < 256; k++)
        {
            char ch = (char)(first + k);
            byte f = 0;
            if (!_nfkc || UnicodeCompatibilityStep.IsStable(ch)) f |= Stable;
            if (_nfkc && UnicodeCompatibilityStep.IsCombining(ch)) f |= Combining;
            // The character through every map in order, exactly as CharMapStep.Apply treats it.
            char current = ch;
            for (int s = _firstMap; s < _lastMap; s++)
            {
                char m = ((CharMapStep)_steps[s]).MapChar(current);
                if (m == current) continue;
                masks[k] |= 1UL << s;
                if (m == '\0')
                {
                    f |= Deleted;
                    break;
                }
                current = m;
            }
            if (masks[k] != 0) f |= Changed;
            if (_whitespace && (f & Deleted) == 0 && char.IsWhiteSpace(current)) f |= Spacing;
            _map[ch] = current;
            flags[k] = f;
        }
        Volatile.Write(ref _masks[first >> 8], masks);
        for (int k = 0; k < 256; k++) Volatile.Write(ref _flags[first + k], flags[k]);
        return flags[c & 0xFF];
    }

    /// <summary>A fused normalizer for these steps, or null when the chain has another shape (then run the steps one by one).</summary>
    public static FusedNormalizer? TryCreate(IReadOnlyList<NormalizationStep> steps)
    {
        if (steps.Count > 64) return null;
        for (int s = 0; s < steps.Count; s++)
        {
            bool fits = steps[s] switch
            {
                UnicodeCompatibilityStep => s == 0,
                WhitespaceStep => s == steps.Count - 1,
                CharMapStep => true,
                _ => false,
            };
            if (!fits) return null;
        }
        return new FusedNormalizer([.. steps]);
    }

    public NormalizedText Normalize(string text) => Pass(text, offsets: true).Finish(text);

    /// <summary>Only the normalized text (no offset map, no counts); the same string back when nothing changes.</summary>
    public string Apply(string text) => Pass(text, offsets: false).FinishText(text);

    private Run Pass(string text, bool offsets)
    {
        var run = new Run(this, text.Length, offsets);
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            byte f = _flags[c];
            byte next = i + 1 == n ? (byte)0 : _flags[text[i + 1]];
            // The common case: a character NFKC keeps that is written as one character (as it is or mapped), nothing
            // pending. Such characters come in runs (the words of a line, with their single spaces): written in one loop.
            if ((f & (Stable | Spacing | Deleted | Unknown)) == Stable && (next & (Combining | Unknown)) == 0 && !run.Pending)
            {
                i = run.WriteSimple(text, i);
                continue;
            }
            if (((f | next) & Unknown) != 0)
            {
                Flags(c);
                if (i + 1 < n) Flags(text[i + 1]);
                continue; // the same character again, its facts known now
            }
            if ((f & Stable) != 0 && (next & Combining) == 0)
            {
                run.Map(c, i, i + 1);
                i++;
                continue;
            }
            // A cluster NFKC may rewrite: a base and its marks, a presentation form, a surrogate pair.
            int end = UnicodeCompatibilityStep.ClusterEnd(text, i);
            if (UnicodeCompatibilityStep.NormalizeCluster(text.AsSpan(i, end - i)) is { } normalized)
            {
                run.Count(0, end - i);
                run.Reserve(normalized.Length + n - end);
                foreach (char x in normalized) run.Map(x, i, end);
            }
            else
            {
                for (int k = i; k < end; k++) run.Map(text[k], k, k + 1);
            }
            i = end;
        }
        return run;
    }

    /// <summary>The state of one call: output buffers, change counts, and the whitespace rules' lookbehind.</summary>
    private sealed class Run(FusedNormalizer owner, int length, bool offsets)
    {
        private readonly int[] _counts = new int[owner._steps.Length];
        // The thread's buffer, not zeroed: only the first _length places are ever read, and they are copied out as the
        // result's string before this thread normalizes another text.
        private char[] _chars = Caching.ThreadBuffers.NormalizedChars(length + 16);
        // Where each character written came from, as runs (most characters come from one of their own, in order).
        private readonly OffsetMapBuilder? _offsets = offsets ? new OffsetMapBuilder() : null;
        private int _length;
        private int _capacity = length + 16; // of the characters written so far (the thread's buffer may be longer)

        // Whitespace step: a pending run of spaces, a pending \r (it may be the first half of \r\n), and what came before.
        private int _spaces;
        private char _firstSpace;
        private int _spaceStart;
        private int _spaceEnd;
        private bool _spacesAtLineStart;
        private bool _carriageReturn;
        private int _crStart;
        private int _crEnd;
        private bool _lineStart = true;

        public bool Pending => _spaces > 0 || _carriageReturn;

        public void Count(int step, int characters) => _counts[step] += characters;

        public void Reserve(int more)
        {
            if (_length + more + 1 <= _capacity) return;
            int size = Math.Max(_capacity * 2, _length + more + 16);
            _capacity = size;
            if (_chars.Length < size) Array.Resize(ref _chars, size);
        }

        /// <summary>
        /// Writes the run of simple characters from text[i] on (text[i] is one: NFKC keeps it, no mark follows, the maps
        /// leave one character that is no space, nothing is pending) and returns where the run ends. In the run each
        /// character comes out alone, from its own place, or goes (a map removes it); a lone space or line break comes
        /// out as it is when a character written so follows. Map and Space do the same one character at a time.
        /// </summary>
        public int WriteSimple(string text, int i)
        {
            // The tables and arrays in locals: the loop reads no field (Reserve, which replaces them, is not called here).
            byte[] flags = owner._flags;
            char[] map = owner._map;
            char[] chars = _chars;
            var offsetMap = _offsets;
            bool withOffsets = offsetMap is not null;
            int shift = offsetMap?.RunShift ?? 0; // each character here comes from one of its own: j - length stays while none is removed
            int length = _length;
            int n = text.Length;
            int j = i;
            byte f = flags[text[j]];
            byte next = j + 1 == n ? (byte)0 : flags[text[j + 1]]; // each character's facts are looked up once
            while (true)
            {
                if (f == Stable && (next & ~Spacing) == Stable)
                {
                    // Characters written as they are, with the lone spaces between them: copied at once, one run of offsets.
                    int end = PlainEnd(text, j, flags);
                    if (end > j)
                    {
                        text.AsSpan(j, end - j).CopyTo(chars.AsSpan(length));
                        if (withOffsets && j - length != shift)
                        {
                            offsetMap!.OpenRun(length, j);
                            shift = j - length;
                        }
                        length += end - j;
                        j = end; // a plain character or a space, which the run writes if the loop's test below lets it
                        (f, next) = (flags[text[j]], flags[text[j + 1]]); // PlainEnd stops two characters before the end
                        if (!Continues(text, j, f, next)) break;
                    }
                }
                char c = text[j];
                if ((f & Changed) != 0)
                {
                    CountSteps(c);
                    c = map[c];
                }
                if ((f & Deleted) == 0)
                {
                    chars[length] = c;
                    if (withOffsets && j - length != shift)
                    {
                        offsetMap!.OpenRun(length, j);
                        shift = j - length;
                    }
                    length++;
                }
                if (++j == n) break;
                byte after = j + 1 == n ? (byte)0 : flags[text[j + 1]];
                if (!Continues(text, j, next, after)) break;
                (f, next) = (next, after);
            }
            _length = length;
            _lineStart = false; // the run's first character was written, and every space or break in it has one after it
            return j;
        }

        // Whether the run goes on to text[j] (flags: its facts; after: those of the character after it, 0 at the end).
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private bool Continues(string text, int j, byte flags, byte after) =>
            (flags & (Stable | Unknown)) == Stable && (after & (Combining | Unknown)) == 0 && ((flags & Spacing) == 0 || IsLoneSpace(text, j, flags, after));

        // Where the stretch from text[j] (a plain character: flags exactly Stable) ends: each character in it NFKC keeps,
        // no map changes, and the next is plain or a space; or it is a space, then a plain character, then a plain one or
        // a space (a lone space). Stops two characters before the end of the text, so the look-ahead stays inside it.
        private static int PlainEnd(string text, int j, byte[] flags)
        {
            int n = text.Length;
            byte current = Stable;
            int p = j;
            while (p + 2 < n)
            {
                byte following = flags[text[p + 1]];
                if (current == Stable)
                {
                    if ((following & ~Spacing) != Stable) break;
                }
                else if (current != (Stable | Spacing) || text[p] != ' ' || following != Stable || (flags[text[p + 2]] & ~Spacing) != Stable) break;
                p++;
                current = following;
            }
            return p;
        }

        // A space or line break the whitespace rules write as it is: ' ' or '\n', then a character the run writes (no
        // space, not removed), with no mark after that one either.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // a sixth of the characters
        private bool IsLoneSpace(string text, int j, byte flags, byte after)
        {
            if (flags != (Stable | Spacing) || text[j] is not (' ' or '\n')) return false;
            if ((after & (Stable | Spacing | Deleted | Unknown)) != Stable) return false;
            return j + 2 == text.Length || (owner._flags[text[j + 2]] & (Combining | Unknown)) == 0;
        }

        // Each step that changes c counts one character.
        private void CountSteps(char c)
        {
            ulong mask = owner._masks[c >> 8]![c & 0xFF];
            for (; mask != 0; mask &= mask - 1) _counts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
        }

        public void Write(char c, int start, int end)
        {
            _chars[_length] = c;
            _offsets?.Add(_length, start, end);
            _length++;
            _lineStart = false;
        }

        // One character of NFKC's output (original range start..end) through the maps and the whitespace rules.
        public void Map(char c, int start, int end)
        {
            byte f = owner.Flags(c);
            if ((f & Changed) != 0)
            {
                CountSteps(c);
                if ((f & Deleted) != 0) return;
                c = owner._map[c];
            }
            if (!owner._whitespace)
            {
                Write(c, start, end);
                return;
            }
            Space(c, (f & Spacing) != 0, start, end);
        }

        // WhitespaceStep's rules, one character at a time.
        private void Space(char c, bool isSpace, int start, int end)
        {
            int step = owner._steps.Length - 1;
            if (_carriageReturn)
            {
                _carriageReturn = false;
                if (c == '\n')
                {
                    _counts[step] += 2;
                    Write('\n', _crStart, end);
                    _lineStart = true;
                    return;
                }
                _counts[step] += 1;
                Write('\n', _crStart, _crEnd);
                _lineStart = true;
            }
            if (c is '\r' or '\n')
            {
                if (_spaces > 0) DropSpaces(step); // spaces before a line break go
                if (c == '\r')
                {
                    (_carriageReturn, _crStart, _crEnd) = (true, start, end);
                    return;
                }
                Write('\n', start, end);
                _lineStart = true;
                return;
            }
            if (isSpace)
            {
                if (_spaces++ == 0) (_firstSpace, _spaceStart, _spacesAtLineStart) = (c, start, _lineStart);
                _spaceEnd = end;
                return;
            }
            if (_spaces > 0)
            {
                if (_spacesAtLineStart) DropSpaces(step);
                else
                {
                    if (_spaces > 1 || _firstSpace != ' ') _counts[step] += _spaces;
                    Write(' ', _spaceStart, _spaceEnd);
                    _spaces = 0;
                }
            }
            Write(c, start, end);
        }

        private void DropSpaces(int step)
        {
            _counts[step] += _spaces;
            _spaces = 0;
        }

        // The end of the text: a pending \r becomes \n, pending spaces go.
        private void FlushPending()
        {
            if (!owner._whitespace) return;
            int step = owner._steps.Length - 1;
            if (_carriageReturn)
            {
                _counts[step] += 1;
                Write('\n', _crStart, _crEnd);
                _carriageReturn = false;
            }
            if (_spaces > 0) DropSpaces(step);
        }

        public string FinishText(string original)
        {
            FlushPending();
            var result = _chars.AsSpan(0, _length);
            return result.SequenceEqual(original) ? original : result.ToString();
        }

        public NormalizedText Finish(string original)
        {
            FlushPending();
            var changes = new StepChange[owner._steps.Length];
            for (int s = 0; s < changes.Length; s++)
                changes[s] = new StepChange(owner._steps[s].Name, owner._steps[s].Explanation, _counts[s], []);
            return new NormalizedText(original, new string(_chars, 0, _length), _offsets!.Build(_length), changes);
        }
    }
}
