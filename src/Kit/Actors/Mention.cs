using Kit.Text;

namespace Kit.Actors;

/// <summary>
/// An actor mentioned in a document: Surface is the name as written (without attached proclitics), Start/End its
/// UTF-16 span in the original text, Sentence the index of the sentence it stands in.
/// </summary>
public sealed record Mention(string Document, string Actor, string Type, string Surface, int Start, int End, int Sentence, MentionKind Kind)
{
    public TextSpan Span => new(Start, End);

    public override string ToString() => $"{Document} {Start}-{End} {Surface} → {Actor}";
}
