using System.Globalization;
using Kit.Corpus;
using Kit.Files;

namespace Kit.Evaluation;

/// <summary>
/// An annotated evaluation folder (format: tests/gold/README-blind.md): articles <c>*.txt</c>, <c>persons.tsv</c> (doc start end surface
/// person: one row per person mention by name, the name only) and <c>quotes.tsv</c> (doc kind start end text
/// speaker_start speaker_end speaker person verb resolved: the speaker span is the speaker phrase), each with a "#"
/// comment line and a header line; dates in <c>dates.tsv</c> beside the articles or one level up. UTF-16 offsets, end
/// exclusive; doc is the file name without .txt.
/// </summary>
public sealed record BlindSet(string Folder, IReadOnlyList<Document> Documents, IReadOnlyList<GoldPerson> Persons, IReadOnlyList<GoldQuote> Quotes)
{
    public static BlindSet Load(string folder)
    {
        var documents = CorpusLoader.Load(folder, warn: _ => { }).ToList();
        var persons = Rows(Path.Combine(folder, "persons.tsv"), 5)
            .Select(r => new GoldPerson(r.F[0], Int(r, 1), Int(r, 2), r.F[3], r.F[4])).ToList();
        var quotes = Rows(Path.Combine(folder, "quotes.tsv"), 11)
            .Select(r => new GoldQuote(r.F[0], r.F[1], Int(r, 2), Int(r, 3), r.F[4],
                r.F[5].Length == 0 ? -1 : Int(r, 5), r.F[6].Length == 0 ? -1 : Int(r, 6), r.F[7], r.F[8], r.F[9], r.F[10] == "yes"))
            .ToList();
        return new BlindSet(folder, documents, persons, quotes);
    }

    private sealed record Row(string Path, int Line, string[] F);

    private static IEnumerable<Row> Rows(string path, int columns)
    {
        if (!File.Exists(path)) throw new KitInputException($"{path}: missing.", path);
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("doc\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < columns) throw new KitInputException($"{path}, line {number}: expected {columns} tab-separated columns, found {f.Length}.", path);
            yield return new Row(path, number, f);
        }
    }

    private static int Int(Row r, int column) =>
        int.TryParse(r.F[column], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v
            : throw new KitInputException($"{r.Path}, line {r.Line}, column {column + 1}: '{r.F[column]}' is not an offset.", r.Path);
}

/// <summary>One gold person mention: the name's span and the person's canonical full name.</summary>
public sealed record GoldPerson(string Document, int Start, int End, string Surface, string Person);

/// <summary>One gold quote: its span, the speaker phrase's span (-1 when none), the person (canonical name or empty).</summary>
public sealed record GoldQuote(string Document, string Kind, int Start, int End, string Text, int SpeakerStart, int SpeakerEnd,
    string Speaker, string Person, string Verb, bool Resolved)
{
    public bool HasSpeaker => SpeakerStart >= 0 && SpeakerEnd > SpeakerStart;
}
