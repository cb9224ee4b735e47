using System.Text;

namespace Kit.Files;

/// <summary>
/// Decodes a file's bytes block by block: UTF-8 (a BOM is dropped) or UTF-16 with a BOM. A file that is not text
/// (a NUL in its first 8,000 bytes, or a control byte) and a byte sequence that is not valid fail with one message
/// naming the file and the byte offset; the first problem in the file is the one reported, whatever the block size.
/// With <c>replaceInvalid</c>, invalid sequences become U+FFFD and are counted instead.
/// </summary>
internal sealed class StrictDecoder
{
    /// <summary>Bytes looked at for a NUL, as git does to call a file binary.</summary>
    public const int BinarySniffLength = 8000;

    private readonly string _file;
    private readonly Decoder? _utf8;
    private readonly CountingFallback? _counter;
    private readonly bool _bigEndian;
    private readonly bool _replaceInvalid;
    private long _bytes;

    // UTF-16 state carried from one block to the next: an odd byte, a high surrogate waiting for its low one.
    private int _carry = -1;
    private char? _high;
    private long _highOffset;
    private long _replacedCount;
    private long _firstReplaced = -1;

    private StrictDecoder(string file, bool utf16, bool bigEndian, bool replaceInvalid, int bomLength)
    {
        _file = file;
        _bigEndian = bigEndian;
        _replaceInvalid = replaceInvalid;
        _bytes = bomLength;
        if (!utf16)
        {
            _counter = replaceInvalid ? new CountingFallback() : null;
            _utf8 = (_counter is null ? StrictUtf8 : Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, _counter)).GetDecoder();
        }
    }

    // The encoding that throws on a bad sequence, made once: an encoding is immutable, each file gets its own decoder.
    private static readonly Encoding StrictUtf8 = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>How many invalid sequences were replaced by U+FFFD, and the byte offset of the first.</summary>
    public (long Count, long First) Replaced => _counter is null ? (_replacedCount, _firstReplaced) : (_counter.Count, _counter.First);

    /// <summary>Chooses the encoding from the file's first bytes (at least BinarySniffLength of them, when the file has them).</summary>
    public static StrictDecoder Start(string file, ReadOnlySpan<byte> head, bool replaceInvalid, out int bomLength)
    {
        if (head is [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..])
            throw new KitInputException($"{file}: UTF-32 text; save the file as UTF-8.", file);
        bool utf16 = head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        bomLength = utf16 ? 2 : head is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        var decoder = new StrictDecoder(file, utf16, head is [0xFE, 0xFF, ..], replaceInvalid, bomLength);
        if (!utf16)
        {
            int nul = head[bomLength..Math.Min(head.Length, BinarySniffLength)].IndexOf((byte)0);
            if (nul >= 0) throw decoder.NotText(0, bomLength + nul);
        }
        return decoder;
    }

    /// <summary>Decodes the next block of the file (the BOM already skipped); chars must hold block.Length + 2.</summary>
    public int Decode(ReadOnlySpan<byte> block, Span<char> chars, bool last)
    {
        if (_utf8 is null) return DecodeUtf16(block, chars, last);
        int control = FirstControl(block);
        if (control < 0) return DecodeChecked(block, chars, last);
        // Decoding up to the control byte first: an invalid sequence before it is the first problem.
        DecodeChecked(block[..control], chars, last: true);
        throw NotText(block[control], _bytes);
    }

    // UTF-16 by hand, unit by unit, so that every problem is named at the exact byte where it starts.
    private int DecodeUtf16(ReadOnlySpan<byte> block, Span<char> chars, bool last)
    {
        int n = 0;
        int i = 0;
        if (_carry >= 0 && block.Length > 0)
        {
            Unit(Combine((byte)_carry, block[0]), _bytes - 1, chars, ref n);
            _carry = -1;
            i = 1;
        }
        for (; i + 1 < block.Length; i += 2) Unit(Combine(block[i], block[i + 1]), _bytes + i, chars, ref n);
        if (i < block.Length) _carry = block[i];
        _bytes += block.Length;
        if (last)
        {
            if (_high is not null) Invalid(_highOffset, chars, ref n);
            _high = null;
            if (_carry >= 0) Invalid(_bytes - 1, chars, ref n);
            _carry = -1;
        }
        return n;
    }

    private char Combine(byte first, byte second) => (char)(_bigEndian ? first << 8 | second : second << 8 | first);

    private void Unit(char unit, long offset, Span<char> chars, ref int n)
    {
        if (_high is char high)
        {
            _high = null;
            if (char.IsLowSurrogate(unit))
            {
                chars[n++] = high;
                chars[n++] = unit;
                return;
            }
            Invalid(_highOffset, chars, ref n);
        }
        if (char.IsHighSurrogate(unit)) (_high, _highOffset) = (unit, offset);
        else if (char.IsLowSurrogate(unit)) Invalid(offset, chars, ref n);
        else if (IsControl(unit)) throw NotText(unit, offset);
        else chars[n++] = unit;
    }

    private void Invalid(long offset, Span<char> chars, ref int n)
    {
        if (!_replaceInvalid) throw InvalidAt(offset, "UTF-16", null);
        if (_replacedCount++ == 0) _firstReplaced = offset;
        chars[n++] = '\uFFFD';
    }

    private int DecodeChecked(ReadOnlySpan<byte> block, Span<char> chars, bool last)
    {
        try
        {
            if (_counter is not null) _counter.BlockStart = _bytes;
            int written = _utf8!.GetChars(block, chars, flush: last);
            _bytes += block.Length;
            return written;
        }
        catch (DecoderFallbackException e)
        {
            // Index is relative to this block; negative when the bad sequence began in the previous one.
            throw InvalidAt(_bytes + e.Index, "UTF-8", e);
        }
    }

    private KitInputException InvalidAt(long offset, string encoding, Exception? inner) =>
        new($"{_file}: not valid {encoding} at byte {offset}. Save the file as UTF-8, or replace the bad bytes with U+FFFD "
            + "(kit: --replace-invalid; code: replaceInvalidUtf8: true).", _file, inner);

    private KitInputException NotText(int value, long offset) =>
        new($"{_file}: not a text file: control character 0x{value:X2} at byte {offset}. The kit reads UTF-8 text files.", _file);

    private static readonly System.Buffers.SearchValues<byte> ControlBytes =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(IsControl).Select(b => (byte)b)]);

    private static int FirstControl(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny(ControlBytes);

    // C0 controls but tab, line feed, vertical tab, form feed and carriage return: they do not occur in text.
    private static bool IsControl(int c) => c < 0x20 && c is not ('\t' or '\n' or '\v' or '\f' or '\r');

    /// <summary>Replaces each invalid sequence by U+FFFD, counting them and keeping the first one's byte offset.</summary>
    private sealed class CountingFallback : DecoderFallback
    {
        public long BlockStart { get; set; }

        public long Count { get; private set; }

        public long First { get; private set; } = -1;

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                if (owner.Count++ == 0) owner.First = owner.BlockStart + index;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending) return '\0';
                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;

            public override void Reset() => _pending = false;
        }
    }
}
