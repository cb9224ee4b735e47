using Kit.Cleaning;

namespace Kit.Corpus;

/// <summary>A cleaner applied to a document: here rather than in Cleaner, so cleaning rules know text, not documents.</summary>
public static class DocumentCleaning
{
    /// <summary>What the rules would remove from the document's text, in text order.</summary>
    public static IReadOnlyList<Removal> FindRemovals(this Cleaner cleaner, Document document) => cleaner.FindRemovals(document.Id, document.Text);

    public static Document Clean(this Cleaner cleaner, Document document) => document.WithRemovals(cleaner.FindRemovals(document));
}
