using Kit.Actors;
using Kit.Corpus;

namespace Kit.Reporting;

/// <summary>What every report section may need from one cleaned document, computed once.</summary>
public sealed record DocumentAnalysis(Document Document, IReadOnlyList<Mention> Mentions)
{
    public static DocumentAnalysis Of(Document cleaned, MentionFinder finder) => new(cleaned, finder.Find(cleaned));
}
