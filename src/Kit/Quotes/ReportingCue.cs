using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>
/// A reporting verb in a document: which form it is, where it is (without its proclitic), and what surrounds it.
/// ClauseStart is set when the verb opens a new reporting clause (after a comma, و, or a connective such as في حين):
/// a quote running before it ends there. AttributionWord is the first word of "بحسب ما" when the attribution
/// follows the clause it reports.
/// </summary>
internal sealed record ReportingCue(
    int Word,
    int Sentence,
    VerbForm Form,
    string Verb,
    int VerbStart,
    int VerbEnd,
    bool Negated,
    bool InsideMarks,
    int? ClauseStart,
    bool PronounSubject,
    int? AttributionWord)
{
    public override string ToString() => $"{Verb}@{VerbStart} ({Form.Lemma}, {Form.Kind})";
}
