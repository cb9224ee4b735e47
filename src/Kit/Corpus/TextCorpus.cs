using Kit.Cleaning;

namespace Kit.Corpus;

/// <summary>The documents of a corpus, in order.</summary>
[Kit.Display.TypeFormatterSource(typeof(CorpusFormatters))]
public sealed class TextCorpus : IReadOnlyList<Document>
{
    private readonly IReadOnlyList<Document> _documents;

    public TextCorpus(IReadOnlyList<Document> documents) => _documents = documents;

    public int Count => _documents.Count;

    public Document this[int index] => _documents[index];

    /// <summary>The document with this id (file name without .txt); a prefix such as "004" is enough when it is unique.</summary>
    public Document this[string id] =>
        _documents.FirstOrDefault(d => d.Id == id)
        ?? (_documents.Where(d => d.Id.StartsWith(id, StringComparison.Ordinal)).ToList() is [var only] ? only
            : throw new KeyNotFoundException($"No single document '{id}'. Ids: {string.Join(", ", _documents.Select(d => d.Id))}"));

    public int Characters => _documents.Sum(d => d.Characters);

    /// <summary>The corpus with boilerplate cleaned away by the given (or the bundled) rules.</summary>
    public TextCorpus Clean(Cleaner? cleaner = null)
    {
        cleaner ??= Cleaner.Default;
        return new TextCorpus(_documents.Select(cleaner.Clean).ToList());
    }

    public IEnumerator<Document> GetEnumerator() => _documents.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Count} documents, {Characters} characters";
}
