using Kit.Actors;
using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>One window behind an edge: where it is, its original text, and the mentions of the two actors in it.</summary>
[TypeFormatterSource(typeof(CooccurrenceFormatters))]
public sealed record Evidence(TextWindow Window, IReadOnlyList<Mention> Mentions)
{
    public string Document => Window.Document;

    public int Start => Window.Start;

    public int End => Window.End;

    public string Text => Window.Text;

    /// <summary>The window's text, right to left, with both actors' mentions marked (hover shows the actor).</summary>
    public RtlText Marked() => Window.Marked(Mentions);

    public override string ToString() => $"{Window}: {Text}";
}
