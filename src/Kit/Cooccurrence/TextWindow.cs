using Kit.Actors;
using Kit.Display;
using Kit.Text;

namespace Kit.Cooccurrence;

/// <summary>One window of a document: its kind, its index among the document's windows, its span and text in the original.</summary>
public sealed record TextWindow(string Document, Window Kind, int Index, int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The window's text right to left with the mentions inside it marked; hover shows the actor (and "adjective" for one).</summary>
    public RtlText Marked(IEnumerable<Mention> mentions) =>
        Show.Marked(Text, mentions.Where(m => Contains(m.Start) && m.End <= End)
            .Select(m => new Highlight(new TextSpan(m.Start - Start, m.End - Start), m.Kind == MentionKind.Adjective ? $"{m.Actor} (adjective)" : m.Actor)));

    public override string ToString() => $"{Document} {Kind.Name()} {Index} ({Start}-{End})";
}
