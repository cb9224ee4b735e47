using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// The offices of the gazetteer's people with their terms (actors.json "terms"), normalized: a role phrase with no
/// name (الرئيس الأمريكي) names the person whose term covers the article's date. With no date, or no term covering
/// it, or two people holding it at once, the role names no one: it stays the speaker, unresolved, and the reason
/// says why. Never a guess by the latest holder.
/// </summary>
internal sealed class RoleIndex
{
    private readonly Dictionary<string, List<(RoleTerm Term, string Actor)>> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _undated = new(StringComparer.Ordinal);

    public RoleIndex(Gazetteer gazetteer)
    {
        foreach (var actor in gazetteer.Actors)
        {
            foreach (var term in actor.Terms)
            {
                string key = Key(gazetteer.Normalizer.Apply(term.Role));
                if (!_terms.TryGetValue(key, out var list)) _terms[key] = list = [];
                list.Add((term, actor.Id));
            }
            foreach (var role in actor.Roles) _undated.Add(Key(gazetteer.Normalizer.Apply(role)));
        }
    }

    /// <summary>Whether a normalized phrase, keyed (<see cref="Key"/>), is an office of the gazetteer (with or without terms).</summary>
    public bool IsRole(string key) => _terms.ContainsKey(key) || _undated.Contains(key);

    /// <summary>
    /// The person holding this office (a keyed phrase) on the document's date, or null with the reason. The date is read
    /// only for an office with terms: reading it may search the text for a dateline, and most roles written have none.
    /// </summary>
    public (string? Actor, string Reason) Lookup(string key, QuoteText t) => Lookup(key, _terms.ContainsKey(key) ? t.Date : null);

    private (string? Actor, string Reason) Lookup(string key, DateOnly? date)
    {
        if (!_terms.TryGetValue(key, out var terms))
            return (null, _undated.Contains(key) ? "a role of actors.json with no term dates: it names no one by itself" : "no role of actors.json");
        if (date is not { } day) return (null, "a role of actors.json, but the article's date is unknown (no dates.tsv entry, no dateline): left unresolved");
        var holders = terms.Where(t => t.Term.Covers(day)).Select(t => t.Actor).Distinct().ToList();
        return holders.Count switch
        {
            1 => (holders[0], $"the holder of this office on {day:yyyy-MM-dd} (the article's date), by the terms in actors.json"),
            0 => (null, $"no term in actors.json covers {day:yyyy-MM-dd} (the article's date): left unresolved"),
            _ => (null, $"{holders.Count} people held this office on {day:yyyy-MM-dd}: left unresolved"),
        };
    }

    // متحدثة باسم … and المتحدثة باسم … are one role.
    public static string Key(string phrase) => phrase.StartsWith("ال", StringComparison.Ordinal) ? phrase[2..] : phrase;
}
