using Kit.Actors;

namespace Kit.Cooccurrence;

/// <summary>
/// An optional step before counting: a capital stands for its state (موسكو → روسيا), as news writes "Moscow" for the
/// Russian government. Capitals are the cities marked "capital" in the gazetteer, folded into their "country".
/// After folding, موسكو and روسيا in one sentence are one actor, so they no longer make a pair.
/// </summary>
public sealed class CapitalFolding
{
    public CapitalFolding(Gazetteer gazetteer)
    {
        Capitals = gazetteer.Actors
            .Where(a => a.IsCapital && a.Country is not null && gazetteer.ById.ContainsKey(a.Country))
            .ToDictionary(a => a.Id, a => gazetteer[a.Country!], StringComparer.Ordinal);
    }

    /// <summary>Capital id → the country actor it is folded into.</summary>
    public IReadOnlyDictionary<string, Actor> Capitals { get; }

    /// <summary>The mention as its country when it names a capital (surface and span unchanged), else the mention itself.</summary>
    public Mention Fold(Mention mention) =>
        Capitals.TryGetValue(mention.Actor, out var country) ? mention with { Actor = country.Id, Type = country.Type } : mention;

    public bool Folds(Mention mention) => Capitals.ContainsKey(mention.Actor);
}

/// <summary>A capital mention that was counted as its country: what the folding step did, mention by mention.</summary>
public sealed record FoldedMention(Mention Original, string Into)
{
    public override string ToString() => $"{Original.Document} {Original.Start}-{Original.End} {Original.Surface}: {Original.Actor} → {Into}";
}
