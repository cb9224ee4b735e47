using Kit.Quotes.Speakers;

namespace Kit.Quotes;

/// <summary>
/// A document's unnamed speakers so far (البيان، المتحدث), found by the noun they are written with: which earlier unnamed
/// source a later «المتحدث» points back to. The history is only ever added to, so it is read on from where it was left;
/// asking is a look-up, not a pass over every earlier speaker with its text normalized again (that made a long article's
/// quotes grow with the square of its length: tests/Kit.Tests/Scale/LongArticleTests.cs).
/// </summary>
internal sealed class UnnamedSources(List<Said> history)
{
    private readonly Dictionary<string, List<int>> _byNoun = new(StringComparer.Ordinal);
    private int _read;

    /// <summary>The latest speaker of the history with no actor, before the given start, whose first word (its conjunction
    /// off) is the noun; null when none.</summary>
    public QuoteSpeaker? Latest(string noun, int before)
    {
        ReadNew();
        if (!_byNoun.TryGetValue(noun, out var places)) return null;
        for (int i = places.Count - 1; i >= 0; i--)
            if (history[places[i]].Speaker is { Start: var start } earlier && start < before) return earlier;
        return null;
    }

    private void ReadNew()
    {
        var n = Normalization.ArabicNormalizer.Aggressive;
        for (; _read < history.Count; _read++)
        {
            if (history[_read].Speaker is not { Actor: null, Start: >= 0 } speaker) continue;
            var first = FirstWord(n.Apply(speaker.Text));
            string noun = (QuoteText.HasConjunction(first) ? first[1..] : first).ToString();
            if (!_byNoun.TryGetValue(noun, out var places)) _byNoun[noun] = places = [];
            places.Add(_read);
        }
    }

    // The first of the words between spaces (empty when none), as Split(' ', RemoveEmptyEntries) gives it: a view, not a copy.
    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var rest = text.AsSpan().TrimStart(' ');
        int end = rest.IndexOf(' ');
        return end < 0 ? rest : rest[..end];
    }
}
