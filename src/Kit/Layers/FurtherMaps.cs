using System.Runtime.CompilerServices;
using Kit.Normalization;
using Kit.Normalization.Steps;

namespace Kit.Layers;

/// <summary>
/// The character maps a normalizer adds to the standard profile (the aggressive profile: ة → ه, hamza seats), worked out
/// once per profile into two tables over every UTF-16 character: what the maps make of it, and which of them change
/// it. A view of a document is then one table look-up a character, with each map's change count as the maps in turn
/// would give it.
/// </summary>
internal sealed class FurtherMaps
{
    // Bit s: map s changes the character; Moves: some map removes it or turns it into or out of whitespace (the words would move).
    private const byte Moves = 0x80;
    private const int MaxMaps = 7;

    // Per normalizer (not per profile name: a notebook's own step may share a built-in step's name).
    private static readonly ConditionalWeakTable<ArabicNormalizer, StrongBox<FurtherMaps?>> ByNormalizer = [];

    private readonly char[] _mapped = new char[0x10000];
    private readonly byte[] _changedBy = new byte[0x10000];

    private FurtherMaps(List<CharMapStep> maps)
    {
        Maps = maps;
        for (int c = 0; c < 0x10000; c++)
        {
            char current = (char)c;
            byte bits = 0;
            for (int s = 0; s < maps.Count; s++)
            {
                char mapped = maps[s].MapChar(current);
                if (mapped == '\0' || char.IsWhiteSpace(current) && mapped != current || char.IsWhiteSpace(mapped) && !char.IsWhiteSpace(current)) bits |= Moves;
                if (mapped != current && mapped != '\0') (bits, current) = ((byte)(bits | 1 << s), mapped);
            }
            (_mapped[c], _changedBy[c]) = (current, bits);
        }
        var changing = new List<char>();
        for (int c = 0; c < 0x10000; c++)
            if (_changedBy[c] != 0) changing.Add((char)c);
        _changing = System.Buffers.SearchValues.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(changing));
    }

    // The characters some map changes (or moves): a view is the text copied whole, then these looked for and mapped.
    private readonly System.Buffers.SearchValues<char> _changing;

    public IReadOnlyList<CharMapStep> Maps { get; }

    /// <summary>The further maps of a normalizer, or null when it is not the standard profile plus maps (or has too many of them).</summary>
    public static FurtherMaps? Of(ArabicNormalizer normalizer) => ByNormalizer.GetValue(normalizer, Make).Value;

    private static StrongBox<FurtherMaps?> Make(ArabicNormalizer normalizer) =>
        new(TextLayers.FurtherMapsOf(normalizer) is { Count: <= MaxMaps } maps ? new FurtherMaps(maps) : null);

    /// <summary>
    /// The text under the maps, and how many characters each map changed; null when a map would move the words
    /// (then the view is made apart).
    /// </summary>
    public string? Apply(string text, int[] changedPerMap)
    {
        // Written straight into the new string (no buffer of chars copied again): every document's view is made so. The
        // maps change few characters (ة, hamza seats): the text is copied whole and only those are looked for (vectorized).
        var moved = new StrongBox<bool>();
        string view = string.Create(text.Length, (text, this, changedPerMap, moved), static (chars, state) =>
        {
            var (source, maps, counts, movedBox) = state;
            source.AsSpan().CopyTo(chars);
            for (int i = 0; i < chars.Length; i++)
            {
                int skip = chars[i..].IndexOfAny(maps._changing);
                if (skip < 0) return;
                i += skip;
                char c = chars[i];
                byte bits = maps._changedBy[c];
                chars[i] = maps._mapped[c];
                if ((bits & Moves) != 0)
                {
                    movedBox.Value = true;
                    return;
                }
                for (int s = 0; s < maps.Maps.Count; s++)
                    if ((bits & 1 << s) != 0) counts[s]++;
            }
        });
        return moved.Value ? null : view;
    }
}
