using Kit.Text;

namespace Kit.Normalization;

/// <summary>Normalized text that remembers, for every character, the range of the original text it came from.</summary>
[Kit.Display.TypeFormatterSource(typeof(NormalizationFormatters))]
public sealed class NormalizedText
{
    private readonly OffsetMap _offsets;

    // The step-by-step path's offsets, one pair a character: kept as the fused path keeps them (OffsetMap).
    internal NormalizedText(string original, string text, int[] starts, int[] ends, IReadOnlyList<StepChange> changes)
        : this(original, text, OffsetMapBuilder.Of(starts, ends, text.Length), changes)
    {
    }

    internal NormalizedText(string original, string text, OffsetMap offsets, IReadOnlyList<StepChange> changes)
    {
        Original = original;
        Text = text;
        _offsets = offsets;
        Changes = changes;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>What each step changed, in order.</summary>
    public IReadOnlyList<StepChange> Changes { get; }

    /// <summary>Maps a span of the normalized text back to the original text.</summary>
    public TextSpan ToOriginal(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"span {start}..{end} is outside the normalized text (length {Text.Length})");
        if (start == end)
        {
            int at = start < Text.Length ? _offsets.StartOf(start) : Original.Length;
            return new TextSpan(at, at);
        }
        return new TextSpan(_offsets.StartOf(start), _offsets.EndOf(end - 1));
    }

    public TextSpan ToOriginal(TextSpan span) => ToOriginal(span.Start, span.End);

    /// <summary>
    /// The original span of a word of the normalized text, with what normalization took out of the word: the marks
    /// after its last letter (ردّاً) and tatweel before its first. It is the span the word breaker finds in the original.
    /// </summary>
    internal TextSpan WordToOriginal(int start, int end)
    {
        var span = ToOriginal(start, end);
        int from = span.Start, to = span.End;
        int removedBefore = start == 0 ? 0 : _offsets.EndOf(start - 1); // the removed gap before the word starts here
        while (from > removedBefore && Original[from - 1] == '\u0640') from--;
        int removedAfter = end < Text.Length ? _offsets.StartOf(end) : Original.Length; // and the one after it ends here
        while (to < removedAfter && !char.IsWhiteSpace(Original[to])) to++;
        return new TextSpan(from, to);
    }

    /// <summary>
    /// <see cref="WordToOriginal(int, int)"/> for the words of the text in order. segment: 0 before the first word, then
    /// left as the last call left it. A word inside a run of characters that each come from one of their own, with one
    /// of them on either side, is where the run puts it (nothing was taken out around it).
    /// </summary>
    internal TextSpan WordToOriginal(int start, int end, ref int segment)
    {
        if (start > 0 && _offsets.InOneRun(start - 1, end, ref segment, out int shift)) return new TextSpan(start + shift, end + shift);
        return WordToOriginal(start, end);
    }

    /// <summary>The same offsets under another text of the same length (a further character-for-character map).</summary>
    internal NormalizedText WithText(string text, IReadOnlyList<StepChange> changes)
    {
        if (text.Length != Text.Length) throw new ArgumentException("a character map keeps the length", nameof(text));
        return new NormalizedText(Original, text, _offsets, changes);
    }

    /// <summary>The original text behind a span of the normalized text.</summary>
    public string OriginalOf(int start, int end) => ToOriginal(start, end).Of(Original);

    /// <summary>Where normalized character i came from: the original range it replaces (for tests and diagnostics).</summary>
    internal (int Start, int End) SourceOf(int i) => (_offsets.StartOf(i), _offsets.EndOf(i));

    public override string ToString() => Text;
}

/// <summary>One step's effect on a text: how many characters it changed, and a few examples (before → after).</summary>
public sealed record StepChange(string Step, string Explanation, int CharactersChanged, IReadOnlyList<ChangeExample> Examples);

/// <summary>A word as it was in the original text and as it is after the step; Start/End are original offsets.</summary>
public sealed record ChangeExample(string Before, string After, int Start, int End);
