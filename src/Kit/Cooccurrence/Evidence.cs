using Kit.Actors;
using Kit.Display;
using Kit.Text;

namespace Kit.Cooccurrence;

/// <summary>One window behind an edge: where it is, its original text, and the mentions of the two actors in it.</summary>
[TypeFormatterSource(typeof(KitFormatterSource))]
public sealed record Evidence(TextWindow Window, IReadOnlyList<Mention> Mentions)
{
    public string Document => Window.Document;

    public int Start => Window.Start;

    public int End => Window.End;

    public string Text => Window.Text;

    /// <summary>The window's text, right to left, with both actors' mentions marked (hover shows the actor).</summary>
    public RtlText Marked() =>
        Show.Marked(Text, Mentions.Select(m => new Highlight(new TextSpan(m.Start - Start, m.End - Start), m.Actor)));

    public override string ToString() => $"{Window}: {Text}";
}
